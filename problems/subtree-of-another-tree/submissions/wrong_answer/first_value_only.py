# Bug: compares subRoot only at the first node (breadth-first) that has subRoot's root value,
# though a later node with the same value may hold the copy.
from collections import deque


def is_subtree(root, subRoot):
    def same(a, b):
        if not a or not b:
            return a is b
        return a.val == b.val and same(a.left, b.left) and same(a.right, b.right)

    queue = deque([root])
    while queue:
        node = queue.popleft()
        if node.val == subRoot.val:
            return same(node, subRoot)
        queue.extend(child for child in (node.left, node.right) if child)
    return False
