def pacific_atlantic(heights):
    # Follow the water from every cell on its own: collect all the cells it can run to
    # (neighbours no higher than the cell it is on), then look at which edges they lie on.
    # Each search may cover the whole grid: O((rows * cols)^2) time.
    rows, cols = len(heights), len(heights[0])
    answer = []
    for r0 in range(rows):
        for c0 in range(cols):
            wet = {(r0, c0)}
            stack = [(r0, c0)]
            while stack:
                r, c = stack.pop()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in wet
                            and heights[nr][nc] <= heights[r][c]):
                        wet.add((nr, nc))
                        stack.append((nr, nc))
            pacific = any(r == 0 or c == 0 for r, c in wet)
            atlantic = any(r == rows - 1 or c == cols - 1 for r, c in wet)
            if pacific and atlantic:
                answer.append([r0, c0])
    return answer
