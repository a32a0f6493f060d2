# Two backward searches with explicit stacks and boolean grids instead of sets.
def pacific_atlantic(heights):
    rows, cols = len(heights), len(heights[0])

    def climb(starts):
        seen = [[False] * cols for _ in range(rows)]
        for r, c in starts:
            seen[r][c] = True
        stack = list(starts)
        while stack:
            r, c = stack.pop()
            h = heights[r][c]
            if r > 0 and not seen[r - 1][c] and heights[r - 1][c] >= h:
                seen[r - 1][c] = True
                stack.append((r - 1, c))
            if r + 1 < rows and not seen[r + 1][c] and heights[r + 1][c] >= h:
                seen[r + 1][c] = True
                stack.append((r + 1, c))
            if c > 0 and not seen[r][c - 1] and heights[r][c - 1] >= h:
                seen[r][c - 1] = True
                stack.append((r, c - 1))
            if c + 1 < cols and not seen[r][c + 1] and heights[r][c + 1] >= h:
                seen[r][c + 1] = True
                stack.append((r, c + 1))
        return seen

    pac = climb([(0, c) for c in range(cols)] + [(r, 0) for r in range(rows)])
    atl = climb([(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows)])
    return [[r, c] for r in range(rows) for c in range(cols) if pac[r][c] and atl[r][c]]
