# Bug: assumes the heap is already full, so when nums starts with fewer than k values
# (an empty nums with k = 1) heap[0] raises IndexError.
import heapq


class KthLargest:
    def __init__(self, k, nums):
        self.heap = heapq.nlargest(k, nums)
        heapq.heapify(self.heap)

    def add(self, val):
        if val > self.heap[0]:
            heapq.heapreplace(self.heap, val)
        return self.heap[0]
