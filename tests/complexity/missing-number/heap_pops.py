# class: O(n log n)
# problem: missing-number
# note: heapifies, then pops every value in order (n pops of log n each, no early exit)
import heapq

def missing_number(nums):
    heap = list(nums)
    heapq.heapify(heap)
    missing = len(nums)
    expected = 0
    while heap:
        x = heapq.heappop(heap)
        if x != expected and missing == len(nums):
            missing = expected
        expected = x + 1
    return missing
