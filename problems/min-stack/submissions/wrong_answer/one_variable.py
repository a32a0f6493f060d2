# Bug: keeps the minimum in one variable, so after the minimum is popped get_min still reports it.
class MinStack:
    def __init__(self):
        self.values = []
        self.minimum = None

    def push(self, val):
        self.values.append(val)
        if self.minimum is None or val < self.minimum:
            self.minimum = val

    def pop(self):
        self.values.pop()
        if not self.values:
            self.minimum = None

    def top(self):
        return self.values[-1]

    def get_min(self):
        return self.minimum
