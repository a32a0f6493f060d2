# class: O(n log n)
# problem: contains-duplicate
# note: heapifies, then pops everything in order comparing each with the last
import heapq

def contains_duplicate(nums):
    heap = list(nums)
    heapq.heapify(heap)
    last = None
    while heap:
        x = heapq.heappop(heap)
        if x == last:
            return True
        last = x
    return False
