# Correct but far too slow: reads the string along every path of len(word) cells and compares
# it with the word only at the end, so no path is cut short when its first letter is already
# wrong. About cells * 3^(L-1) paths on every board, not only on boards of repeated letters.
def exist(board, word):
    rows, cols = len(board), len(board[0])

    def spelled(r, c, length, used):
        if length == 1:
            yield board[r][c]
            return
        used.add((r, c))
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used:
                for rest in spelled(nr, nc, length - 1, used):
                    yield board[r][c] + rest
        used.remove((r, c))

    for r in range(rows):
        for c in range(cols):
            for text in spelled(r, c, len(word), set()):
                if text == word:
                    return True
    return False
