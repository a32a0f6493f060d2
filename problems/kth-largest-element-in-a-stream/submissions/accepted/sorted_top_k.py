# The k largest in a sorted list, inserted with bisect: O(k) per add, moved in C.
import bisect


class KthLargest:
    def __init__(self, k, nums):
        self.k = k
        self.top = sorted(nums)[-k:]

    def add(self, val):
        if len(self.top) < self.k:
            bisect.insort(self.top, val)
        elif val > self.top[0]:
            self.top.pop(0)
            bisect.insort(self.top, val)
        return self.top[0]
