def find_words(board, words):
    # Each word on its own: try every starting cell and follow the word letter by letter.
    rows, cols = len(board), len(board[0])

    def spells(word, i, r, c, used):
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in used or board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        used.add((r, c))
        ok = any(spells(word, i + 1, r + dr, c + dc, used) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
        used.remove((r, c))
        return ok

    return [w for w in words if any(spells(w, 0, r, c, set()) for r in range(rows) for c in range(cols))]
