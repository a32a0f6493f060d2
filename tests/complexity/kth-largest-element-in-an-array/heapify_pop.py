# class: O(n log n)
# problem: kth-largest-element-in-an-array
# note: LeetCode style: max-heap by negation, k pops (k ~ n/2)
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        heap = [-x for x in nums]
        heapq.heapify(heap)
        for _ in range(k - 1):
            heapq.heappop(heap)
        return -heap[0]
