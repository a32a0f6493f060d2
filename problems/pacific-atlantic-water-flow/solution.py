from collections import deque


def pacific_atlantic(heights):
    # Run the flow backwards: from the cells that touch an ocean, climb to every neighbour at
    # least as high. The cells reached are exactly those whose water can get down to that
    # ocean. One search per ocean, then keep the cells both searches reached.
    # O(rows * cols) time and space.
    rows, cols = len(heights), len(heights[0])

    def reach(starts):
        seen = set(starts)
        queue = deque(starts)
        while queue:
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen
                        and heights[nr][nc] >= heights[r][c]):
                    seen.add((nr, nc))
                    queue.append((nr, nc))
        return seen

    # The Pacific touches the top row and the left column; the Atlantic the bottom row and
    # the right column. A corner cell may start in both searches.
    pacific = reach([(0, c) for c in range(cols)] + [(r, 0) for r in range(1, rows)])
    atlantic = reach([(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows - 1)])
    return [[r, c] for r, c in sorted(pacific & atlantic)]
