class MinStack:
    # Each entry is (value, smallest value at or below it), so a pop restores the old minimum.
    def __init__(self):
        self.entries = []

    def push(self, val):
        smallest = min(val, self.entries[-1][1]) if self.entries else val
        self.entries.append((val, smallest))

    def pop(self):
        self.entries.pop()

    def top(self):
        return self.entries[-1][0]

    def get_min(self):
        return self.entries[-1][1]
