from collections import deque


def max_depth(root):
    # Breadth-first, one level at a time: no recursion, so a 10^4-long chain is fine.
    if root is None:
        return 0
    depth = 0
    level = deque([root])
    while level:
        depth += 1
        for _ in range(len(level)):
            node = level.popleft()
            if node.left:
                level.append(node.left)
            if node.right:
                level.append(node.right)
    return depth
