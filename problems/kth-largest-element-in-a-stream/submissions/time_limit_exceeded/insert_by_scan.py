# Correct but O(n) per add in Python: keeps every value in a descending list and finds the
# place of each new one by a scan from the front.
class KthLargest:
    def __init__(self, k, nums):
        self.k = k
        self.values = sorted(nums, reverse=True)

    def add(self, val):
        i = 0
        while i < len(self.values) and self.values[i] > val:
            i += 1
        self.values.insert(i, val)
        return self.values[self.k - 1]
