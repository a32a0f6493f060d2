def exist(board, word):
    rows, cols = len(board), len(board[0])
    # A copy of the board on which the cells of the current path are blanked out with "#".
    grid = [row[:] for row in board]

    def walk(r, c, i):
        # grid[r][c] holds word[i]: can the rest of the word continue from this cell?
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
