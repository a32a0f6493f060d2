import heapq


def k_closest(points, k):
    # A max-heap (negated squared distances) of the k nearest points seen so far: a new point
    # replaces the farthest of them when it is nearer. O(n log k) time, O(k) extra space.
    heap = []
    for i, (x, y) in enumerate(points):
        d = x * x + y * y
        if len(heap) < k:
            heapq.heappush(heap, (-d, i))
        elif d < -heap[0][0]:
            heapq.heapreplace(heap, (-d, i))
    return [points[i] for _, i in heap]
