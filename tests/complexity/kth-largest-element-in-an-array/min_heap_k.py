# class: O(n log n)
# problem: kth-largest-element-in-an-array
# note: keeps a min-heap of the k largest (k ~ n/2, so n log n)
import heapq

def find_kth_largest(nums, k):
    heap = []
    for x in nums:
        heapq.heappush(heap, x)
        if len(heap) > k:
            heapq.heappop(heap)
    return heap[0]
