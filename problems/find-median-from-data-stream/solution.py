import heapq


class MedianFinder:
    # Two heaps: `low` (a max-heap, negated) holds the smaller half, `high` (a min-heap) the
    # larger half; low has the same size as high or one more, so the median sits on the tops.
    def __init__(self):
        self.low = []
        self.high = []

    def add_num(self, num):
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def find_median(self):
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
