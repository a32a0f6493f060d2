# Correct but O(n) per get_min: walks the whole stack each time, quadratic over a tall stack.
class MinStack:
    def __init__(self):
        self.values = []

    def push(self, val):
        self.values.append(val)

    def pop(self):
        self.values.pop()

    def top(self):
        return self.values[-1]

    def get_min(self):
        smallest = self.values[0]
        for v in self.values:
            if v < smallest:
                smallest = v
        return smallest
