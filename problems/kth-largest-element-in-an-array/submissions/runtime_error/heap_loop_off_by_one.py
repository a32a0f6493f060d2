# Bug: the scan runs one index past the end of the list.
import heapq


def find_kth_largest(nums, k):
    heap = nums[:k]
    heapq.heapify(heap)
    for i in range(k, len(nums) + 1):
        if nums[i] > heap[0]:
            heapq.heapreplace(heap, nums[i])
    return heap[0]
