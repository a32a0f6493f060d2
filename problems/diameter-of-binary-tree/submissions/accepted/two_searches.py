# Two breadth-first searches: the farthest node from the root ends a longest path, and the
# farthest distance from that end is the diameter.
from collections import deque


def diameter_of_binary_tree(root):
    parent = {root: None}
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for child in (node.left, node.right):
            if child is not None:
                parent[child] = node
                queue.append(child)

    def farthest(start):
        dist = {start: 0}
        queue = deque([start])
        last = start
        while queue:
            node = queue.popleft()
            last = node
            for other in (node.left, node.right, parent[node]):
                if other is not None and other not in dist:
                    dist[other] = dist[node] + 1
                    queue.append(other)
        return last, dist[last]

    end, _ = farthest(root)
    _, length = farthest(end)
    return length
