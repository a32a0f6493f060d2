# Bug: returns the answer of the first cell that holds the word's first letter, as if the word
# could only start there; when that start leads nowhere, the other starts are never tried.
def exist(board, word):
    rows, cols = len(board), len(board[0])
    used = [[False] * cols for _ in range(rows)]

    def search(r, c, k):
        if k == len(word):
            return True
        if not (0 <= r < rows and 0 <= c < cols) or used[r][c] or board[r][c] != word[k]:
            return False
        used[r][c] = True
        found = (search(r + 1, c, k + 1) or search(r - 1, c, k + 1)
                 or search(r, c + 1, k + 1) or search(r, c - 1, k + 1))
        used[r][c] = False
        return found

    for r in range(rows):
        for c in range(cols):
            if board[r][c] == word[0]:
                return search(r, c, 0)
    return False
