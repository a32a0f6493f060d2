# expect: memory_limit_exceeded | time_limit_exceeded
# Lifts the recursion limit and recurses for ever, each level holding 10 KB: the interpreter's
# frames live on the heap, so memory runs out long before the C stack does.
import sys

def down(n):
    ballast = bytes(10_000)
    return down(n + 1) + len(ballast)

def two_sum(nums, target):
    sys.setrecursionlimit(10**9)
    return down(0)
