# Bug: indexes the middle with n / 2, a float, so the list raises TypeError.
import bisect


class MedianFinder:
    def __init__(self):
        self.values = []

    def add_num(self, num):
        bisect.insort(self.values, num)

    def find_median(self):
        n = len(self.values)
        if n % 2:
            return self.values[n // 2]
        return (self.values[n / 2 - 1] + self.values[n / 2]) / 2
