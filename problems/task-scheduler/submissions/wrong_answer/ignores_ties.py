# Bug: counts only one task at the top, so letters tied with the most frequent one are not
# added after the last block.
from collections import Counter


def least_interval(tasks, n):
    top = max(Counter(tasks).values())
    return max(len(tasks), (top - 1) * (n + 1) + 1)
