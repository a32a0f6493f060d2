import heapq


def find_kth_largest(nums, k):
    # A min-heap of the k largest values seen so far; its top is the answer.
    heap = nums[:k]
    heapq.heapify(heap)
    for x in nums[k:]:
        if x > heap[0]:
            heapq.heapreplace(heap, x)
    return heap[0]
