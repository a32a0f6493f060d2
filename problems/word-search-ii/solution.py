def find_words(board, words):
    # A trie of the words; each node that ends a word keeps it under "$".
    root = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    rows, cols = len(board), len(board[0])
    grid = [row[:] for row in board]
    found = []

    def walk(r, c, parent):
        ch = grid[r][c]
        node = parent[ch]
        word = node.pop("$", None)
        if word is not None:
            found.append(word)
        grid[r][c] = "#"
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] in node:
                walk(nr, nc, node)
        grid[r][c] = ch
        if not node:
            # Nothing left to find below: drop the branch so later walks skip it.
            del parent[ch]

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] in root:
                walk(r, c, root)
    return found
