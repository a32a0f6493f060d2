# LeetCode-style: class Solution, typing hints, a breadth-first search one flight at a time,
# queueing a city again only when this many flights reach it more cheaply than before.
from collections import deque


class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        adj = [[] for _ in range(n)]
        for u, v, w in flights:
            adj[u].append((v, w))
        best = [float("inf")] * n
        best[src] = 0
        q = deque([(src, 0)])
        stops = 0
        while q and stops <= k:
            for _ in range(len(q)):
                node, cost = q.popleft()
                for nei, w in adj[node]:
                    if cost + w < best[nei]:
                        best[nei] = cost + w
                        q.append((nei, cost + w))
            stops += 1
        return -1 if best[dst] == float("inf") else best[dst]
