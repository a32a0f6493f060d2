# LeetCode-style: heapq.nlargest, typing hints, no imports.
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return heapq.nlargest(k, nums)[-1]
