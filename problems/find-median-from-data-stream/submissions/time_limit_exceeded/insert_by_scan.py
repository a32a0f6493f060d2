# Correct but O(n) Python steps per add: finds each new value's place by a scan from the front.
class MedianFinder:
    def __init__(self):
        self.values = []

    def add_num(self, num):
        i = 0
        while i < len(self.values) and self.values[i] < num:
            i += 1
        self.values.insert(i, num)

    def find_median(self):
        v, n = self.values, len(self.values)
        return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
