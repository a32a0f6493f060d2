class MinStack:
    # A plain list; the minimum is found by looking at every value: O(n) per get_min.
    def __init__(self):
        self.values = []

    def push(self, val):
        self.values.append(val)

    def pop(self):
        self.values.pop()

    def top(self):
        return self.values[-1]

    def get_min(self):
        return min(self.values)
