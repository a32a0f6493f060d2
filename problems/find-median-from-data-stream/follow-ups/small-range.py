class MedianFinder:
    # Values are 0..100: count each one. add_num is O(1); find_median walks 101 counters.
    def __init__(self):
        self.counts = [0] * 101
        self.total = 0

    def add_num(self, num):
        self.counts[num] += 1
        self.total += 1

    def _value_at(self, rank):
        seen = 0
        for value, count in enumerate(self.counts):
            seen += count
            if seen > rank:
                return value
        raise IndexError(rank)

    def find_median(self):
        n = self.total
        if n % 2 == 1:
            return float(self._value_at(n // 2))
        return (self._value_at(n // 2 - 1) + self._value_at(n // 2)) / 2
