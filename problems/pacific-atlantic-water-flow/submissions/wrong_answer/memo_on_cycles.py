# Bug: follows the rain from every square, memoising which oceans each square reaches. On flat
# ground the flow has cycles; a square still being searched answers "no ocean yet", and the
# squares that asked it cache that incomplete answer.
import sys


def pacific_atlantic(heights):
    rows, cols = len(heights), len(heights[0])
    sys.setrecursionlimit(max(1000, 4 * rows * cols + 100))
    memo = {}
    in_progress = set()

    def oceans(r, c):
        if (r, c) in memo:
            return memo[(r, c)]
        if (r, c) in in_progress:
            return (False, False)
        in_progress.add((r, c))
        pac = r == 0 or c == 0
        atl = r == rows - 1 or c == cols - 1
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and heights[nr][nc] <= heights[r][c]:
                p, a = oceans(nr, nc)
                pac = pac or p
                atl = atl or a
        in_progress.discard((r, c))
        memo[(r, c)] = (pac, atl)
        return memo[(r, c)]

    return [[r, c] for r in range(rows) for c in range(cols) if all(oceans(r, c))]
