# class: O(n)
# problem: maximum-depth-of-binary-tree
# note: breadth-first, counting levels
from collections import deque

def max_depth(root):
    depth = 0
    level = deque([root] if root else [])
    while level:
        depth += 1
        for _ in range(len(level)):
            node = level.popleft()
            if node.left:
                level.append(node.left)
            if node.right:
                level.append(node.right)
    return depth
