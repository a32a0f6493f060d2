# Bug: the neighbour check tests only the lower bounds, so the first square of the bottom row
# (or the right column) looks one step past the grid: IndexError.
from collections import deque


def pacific_atlantic(heights):
    rows, cols = len(heights), len(heights[0])

    def reach(starts):
        seen = set(starts)
        queue = deque(starts)
        while queue:
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if nr < 0 or nc < 0 or (nr, nc) in seen or heights[nr][nc] < heights[r][c]:
                    continue
                seen.add((nr, nc))
                queue.append((nr, nc))
        return seen

    pacific = reach([(0, c) for c in range(cols)] + [(r, 0) for r in range(rows)])
    atlantic = reach([(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows)])
    return [list(cell) for cell in pacific & atlantic]
