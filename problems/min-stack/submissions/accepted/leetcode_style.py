# LeetCode-style: a second stack of minimums that grows only when a value is <= the minimum.
class MinStack:
    def __init__(self):
        self.stack: List[int] = []
        self.mins: List[int] = []

    def push(self, val: int) -> None:
        self.stack.append(val)
        if not self.mins or val <= self.mins[-1]:
            self.mins.append(val)

    def pop(self) -> None:
        if self.stack.pop() == self.mins[-1]:
            self.mins.pop()

    def top(self) -> int:
        return self.stack[-1]

    def getMin(self) -> int:
        return self.mins[-1]
