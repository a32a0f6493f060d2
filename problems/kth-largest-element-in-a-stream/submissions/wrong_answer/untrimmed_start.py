# Bug: heapifies all of nums without trimming it to k, and add removes only one value, so the
# heap keeps more than k values and its top is not the k-th largest.
import heapq


class KthLargest:
    def __init__(self, k, nums):
        self.k = k
        self.heap = list(nums)
        heapq.heapify(self.heap)

    def add(self, val):
        heapq.heappush(self.heap, val)
        if len(self.heap) > self.k:
            heapq.heappop(self.heap)
        return self.heap[0]
