def exist(board, word):
    # All the paths that spell the word's first k letters, for k = 1, 2, ...: each grows by a
    # neighbouring cell it does not already hold, whose letter is the next one. The word is on
    # the board if some path lasts to its end.
    rows, cols = len(board), len(board[0])
    paths = [((r, c),) for r in range(rows) for c in range(cols) if board[r][c] == word[0]]
    for letter in word[1:]:
        longer = []
        for path in paths:
            r, c = path[-1]
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in path and board[nr][nc] == letter:
                    longer.append(path + ((nr, nc),))
        paths = longer
    return len(paths) > 0
