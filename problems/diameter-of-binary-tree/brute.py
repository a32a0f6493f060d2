from collections import deque


def diameter_of_binary_tree(root):
    # The definition: the largest distance between two nodes, found by a breadth-first search
    # from every node over the tree's edges taken both ways. O(n^2).
    neighbours = {root: []}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                neighbours[node].append(child)
                neighbours[child] = [node]
                stack.append(child)

    best = 0
    for start in neighbours:
        distance = {start: 0}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for other in neighbours[node]:
                if other not in distance:
                    distance[other] = distance[node] + 1
                    queue.append(other)
        best = max(best, max(distance.values()))
    return best
