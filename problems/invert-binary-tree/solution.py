from collections import deque


def invert_tree(root):
    # Visit every node once, breadth-first, and swap its two children in place. No recursion,
    # so the depth of the tree does not matter.
    queue = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            continue
        node.left, node.right = node.right, node.left
        queue.append(node.left)
        queue.append(node.right)
    return root
