# A max-heap of (value, index); tops that have left the window are discarded lazily.
# O(n log n).
import heapq


def max_sliding_window(nums, k):
    heap = []
    out = []
    for i, x in enumerate(nums):
        heapq.heappush(heap, (-x, i))
        if i >= k - 1:
            while heap[0][1] <= i - k:
                heapq.heappop(heap)
            out.append(-heap[0][0])
    return out
