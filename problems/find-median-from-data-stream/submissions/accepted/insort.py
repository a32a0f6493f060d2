# A sorted list kept with bisect.insort: O(n) per add, but the shift happens in C.
import bisect


class MedianFinder:
    def __init__(self):
        self.values = []

    def add_num(self, num):
        bisect.insort(self.values, num)

    def find_median(self):
        v, n = self.values, len(self.values)
        return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
