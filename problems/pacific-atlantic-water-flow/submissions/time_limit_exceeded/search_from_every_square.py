# Correct but quadratic: follows the rain from each square with its own search, stopping early
# once both oceans are found. On a walled flat floor every search covers the whole floor.
def pacific_atlantic(heights):
    rows, cols = len(heights), len(heights[0])
    result = []
    for sr in range(rows):
        for sc in range(cols):
            pac = atl = False
            seen = {(sr, sc)}
            stack = [(sr, sc)]
            while stack and not (pac and atl):
                r, c = stack.pop()
                if r == 0 or c == 0:
                    pac = True
                if r == rows - 1 or c == cols - 1:
                    atl = True
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen \
                            and heights[nr][nc] <= heights[r][c]:
                        seen.add((nr, nc))
                        stack.append((nr, nc))
            if pac and atl:
                result.append([sr, sc])
    return result
