# Breadth-first with a queue of (node, largest value above it).
from collections import deque


def good_nodes(root):
    good = 0
    queue = deque([(root, float("-inf"))])
    while queue:
        node, highest = queue.popleft()
        if node.val >= highest:
            good += 1
        highest = max(highest, node.val)
        for child in (node.left, node.right):
            if child:
                queue.append((child, highest))
    return good
