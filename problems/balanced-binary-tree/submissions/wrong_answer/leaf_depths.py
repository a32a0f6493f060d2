# Bug: reads "balanced" as "all leaves within one level of each other", which rejects
# balanced trees whose leaves lie at very different depths.
from collections import deque


def is_balanced(root):
    if root is None:
        return True
    leaf_depths = []
    queue = deque([(root, 1)])
    while queue:
        node, depth = queue.popleft()
        if not node.left and not node.right:
            leaf_depths.append(depth)
        for child in (node.left, node.right):
            if child:
                queue.append((child, depth + 1))
    return max(leaf_depths) - min(leaf_depths) <= 1
