# Bug: uses heapq as if it were a max-heap, so every round smashes the two lightest stones.
import heapq


def last_stone_weight(stones):
    heap = list(stones)
    heapq.heapify(heap)
    while len(heap) > 1:
        x = heapq.heappop(heap)
        y = heapq.heappop(heap)
        if y != x:
            heapq.heappush(heap, y - x)
    return heap[0] if heap else 0
