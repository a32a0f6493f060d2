# Bug: compares each pushed value with the top of the minimums' stack without checking that it
# has one, so the very first push raises IndexError.
class MinStack:
    def __init__(self):
        self.values = []
        self.mins = []

    def push(self, val):
        self.values.append(val)
        if val <= self.mins[-1]:
            self.mins.append(val)

    def pop(self):
        if self.values.pop() == self.mins[-1]:
            self.mins.pop()

    def top(self):
        return self.values[-1]

    def get_min(self):
        return self.mins[-1]
