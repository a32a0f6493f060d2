# Bug: never remembers which cells the current path holds, so a word may step back onto a cell
# it has already used ("aba" on a board "a b").
def exist(board, word):
    rows, cols = len(board), len(board[0])

    def search(r, c, k):
        if k == len(word):
            return True
        if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != word[k]:
            return False
        return (search(r + 1, c, k + 1) or search(r - 1, c, k + 1)
                or search(r, c + 1, k + 1) or search(r, c - 1, k + 1))

    return any(search(r, c, 0) for r in range(rows) for c in range(cols))
