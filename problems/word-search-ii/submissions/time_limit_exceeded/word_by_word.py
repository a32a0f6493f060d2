# Correct but slow: a separate board search for every word, repeating the shared walks.
def find_words(board, words):
    rows, cols = len(board), len(board[0])

    def trace(word, i, r, c):
        if i == len(word):
            return True
        if r < 0 or c < 0 or r >= rows or c >= cols or board[r][c] != word[i]:
            return False
        board[r][c] = "#"
        ok = (trace(word, i + 1, r + 1, c) or trace(word, i + 1, r - 1, c)
              or trace(word, i + 1, r, c + 1) or trace(word, i + 1, r, c - 1))
        board[r][c] = word[i]
        return ok

    return [w for w in words if any(trace(w, 0, r, c) for r in range(rows) for c in range(cols))]
