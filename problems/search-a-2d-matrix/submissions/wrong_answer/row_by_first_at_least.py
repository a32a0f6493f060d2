# Bug: picks the first row whose first value is >= target, so a target in the middle of a row is
# looked for in the row below it.
from bisect import bisect_left


def search_matrix(matrix, target):
    firsts = [row[0] for row in matrix]
    r = min(bisect_left(firsts, target), len(matrix) - 1)
    i = bisect_left(matrix[r], target)
    return i < len(matrix[r]) and matrix[r][i] == target
