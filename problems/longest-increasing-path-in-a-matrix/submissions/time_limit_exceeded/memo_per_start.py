# Correct but quadratic on long paths: the memo is created anew for every starting cell, so a
# path through the whole grid is walked again from each of its cells.
def longest_increasing_path(matrix):
    rows, cols = len(matrix), len(matrix[0])

    def longest_from(r, c, memo):
        if (r, c) in memo:
            return memo[(r, c)]
        best = 1
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]:
                best = max(best, 1 + longest_from(nr, nc, memo))
        memo[(r, c)] = best
        return best

    answer = 0
    for r in range(rows):
        for c in range(cols):
            answer = max(answer, longest_from(r, c, {}))
    return answer
