# Bug: greedy. From each cell it always steps to the smallest larger neighbour, hoping small
# steps leave the most room to climb; the longest path may need a bigger step.
def longest_increasing_path(matrix):
    rows, cols = len(matrix), len(matrix[0])
    best = 1
    for r0 in range(rows):
        for c0 in range(cols):
            r, c, length = r0, c0, 1
            while True:
                nxt = None
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]:
                        if nxt is None or matrix[nr][nc] < matrix[nxt[0]][nxt[1]]:
                            nxt = (nr, nc)
                if nxt is None:
                    break
                r, c = nxt
                length += 1
            best = max(best, length)
    return best
