import heapq


def last_stone_weight(stones):
    # A max-heap of weights (heapq is a min-heap, so they are negated): each round takes the
    # two heaviest in O(log n) and pushes back what is left of the heavier one.
    heap = [-w for w in stones]
    heapq.heapify(heap)
    while len(heap) > 1:
        y = -heapq.heappop(heap)
        x = -heapq.heappop(heap)
        if y > x:
            heapq.heappush(heap, x - y)
    return -heap[0] if heap else 0
