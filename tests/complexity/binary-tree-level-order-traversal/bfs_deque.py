# class: O(n)
# problem: binary-tree-level-order-traversal
# note: breadth-first, one level at a time
from collections import deque

def level_order(root):
    out = []
    queue = deque([root] if root else [])
    while queue:
        level = []
        for _ in range(len(queue)):
            node = queue.popleft()
            level.append(node.val)
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        out.append(level)
    return out
