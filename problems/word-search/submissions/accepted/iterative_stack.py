# Without recursion: an explicit stack of (cell, letters matched, cells of the path so far).
# Each entry carries its own path, so nothing has to be undone when a branch fails.
def exist(board, word):
    rows, cols = len(board), len(board[0])
    stack = [((r, c), 1, frozenset([(r, c)]))
             for r in range(rows) for c in range(cols) if board[r][c] == word[0]]
    while stack:
        (r, c), matched, path = stack.pop()
        if matched == len(word):
            return True
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in path
                    and board[nr][nc] == word[matched]):
                stack.append(((nr, nc), matched + 1, path | {(nr, nc)}))
    return False
