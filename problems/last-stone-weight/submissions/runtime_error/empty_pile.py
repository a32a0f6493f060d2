# Bug: assumes a stone is always left, so when the last two destroy each other heap[0]
# raises IndexError.
import heapq


def last_stone_weight(stones):
    heap = [-w for w in stones]
    heapq.heapify(heap)
    while len(heap) > 1:
        y, x = -heapq.heappop(heap), -heapq.heappop(heap)
        if y != x:
            heapq.heappush(heap, x - y)
    return -heap[0]
