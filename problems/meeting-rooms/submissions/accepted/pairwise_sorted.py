from itertools import pairwise


def can_attend_meetings(intervals):
    return all(prev[1] <= cur[0] for prev, cur in pairwise(sorted(intervals)))
