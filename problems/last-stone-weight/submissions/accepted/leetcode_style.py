# LeetCode-style: a heap of negated weights, typing hints, no imports.
class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        h = [-s for s in stones]
        heapify(h)
        while len(h) > 1:
            a, b = -heappop(h), -heappop(h)
            if a != b:
                heappush(h, b - a)
        return -h[0] if h else 0
