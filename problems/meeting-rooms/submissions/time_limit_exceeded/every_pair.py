# Correct but O(n^2): checks every pair of meetings for a clash.
from itertools import combinations


def can_attend_meetings(intervals):
    return not any(a < d and c < b for (a, b), (c, d) in combinations(intervals, 2))
