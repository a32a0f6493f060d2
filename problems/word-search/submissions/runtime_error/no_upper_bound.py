# Bug: checks only that a neighbour is not before the first row or column, so a path that
# steps down from the last row (or right from the last column) reads past the board.
def exist(board, word):
    rows, cols = len(board), len(board[0])

    def search(r, c, k):
        if k == len(word):
            return True
        if r < 0 or c < 0 or board[r][c] != word[k]:
            return False
        board[r][c] = "#"
        found = (search(r + 1, c, k + 1) or search(r - 1, c, k + 1)
                 or search(r, c + 1, k + 1) or search(r, c - 1, k + 1))
        board[r][c] = word[k]
        return found

    return any(search(r, c, 0) for r in range(rows) for c in range(cols))
