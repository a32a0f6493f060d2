# Bug: checks only that every node is reachable from node 0, forgetting that a tree must also
# have no cycle (no edge-count check either), so a connected graph with a cycle is accepted.
from collections import deque


def valid_tree(n, edges):
    graph = [[] for _ in range(n)]
    for a, b in edges:
        graph[a].append(b)
        graph[b].append(a)
    seen = {0}
    queue = deque([0])
    while queue:
        for w in graph[queue.popleft()]:
            if w not in seen:
                seen.add(w)
                queue.append(w)
    return len(seen) == n
