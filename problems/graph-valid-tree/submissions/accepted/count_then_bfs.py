# n - 1 edges and connected means a tree: check the count, then BFS from node 0 and see
# whether every node is reached.
from collections import deque


def valid_tree(n, edges):
    if len(edges) != n - 1:
        return False
    neighbours = [[] for _ in range(n)]
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    seen = [False] * n
    seen[0] = True
    queue = deque([0])
    reached = 1
    while queue:
        for w in neighbours[queue.popleft()]:
            if not seen[w]:
                seen[w] = True
                reached += 1
                queue.append(w)
    return reached == n
