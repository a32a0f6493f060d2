from collections import Counter


def exist(board, word):
    rows, cols = len(board), len(board[0])
    have = Counter(ch for row in board for ch in row)
    # Hopeless before any walk: the word needs more copies of some letter than the board holds.
    if any(have[ch] < count for ch, count in Counter(word).items()):
        return False
    # The word is on the board exactly when its reverse is. Start from the end whose letter is
    # rarer: fewer starting cells, and walks through the common letters come last.
    if have[word[-1]] < have[word[0]]:
        word = word[::-1]
    grid = [row[:] for row in board]

    def walk(r, c, i):
        if i == len(word) - 1:
            return True
        grid[r][c] = "#"
        found = False
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == word[i + 1]:
                if walk(nr, nc, i + 1):
                    found = True
                    break
        grid[r][c] = word[i]
        return found

    return any(grid[r][c] == word[0] and walk(r, c, 0) for r in range(rows) for c in range(cols))
