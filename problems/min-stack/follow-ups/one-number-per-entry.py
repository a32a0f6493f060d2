class MinStack:
    # Each entry is val minus the minimum before the push; a negative entry marks a new minimum
    # and also says how to get the previous minimum back.
    def __init__(self):
        self.diffs = []
        self.minimum = 0

    def push(self, val):
        if not self.diffs:
            self.diffs.append(0)
            self.minimum = val
            return
        d = val - self.minimum
        self.diffs.append(d)
        if d < 0:
            self.minimum = val

    def pop(self):
        d = self.diffs.pop()
        if d < 0:
            self.minimum -= d

    def top(self):
        d = self.diffs[-1]
        return self.minimum + d if d > 0 else self.minimum

    def get_min(self):
        return self.minimum
