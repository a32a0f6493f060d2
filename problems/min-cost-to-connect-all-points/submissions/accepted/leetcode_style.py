# LeetCode-style: class Solution, typing hints, Prim's with a min-heap of (cost, point), pushing
# a point again only when a cheaper cable to it turns up.
import heapq


class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        cheapest = [float("inf")] * n
        cheapest[0] = 0
        done = [False] * n
        heap = [(0, 0)]
        total = 0
        joined = 0
        while joined < n:
            cost, i = heapq.heappop(heap)
            if done[i]:
                continue
            done[i] = True
            total += cost
            joined += 1
            xi, yi = points[i]
            for j in range(n):
                if not done[j]:
                    d = abs(points[j][0] - xi) + abs(points[j][1] - yi)
                    if d < cheapest[j]:
                        cheapest[j] = d
                        heapq.heappush(heap, (d, j))
        return total
