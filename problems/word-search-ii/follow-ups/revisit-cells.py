def find_words(board, words):
    # The same trie walk without marking cells: a path may come back to a cell it has used.
    root = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    rows, cols = len(board), len(board[0])
    found = []

    def walk(r, c, node):
        node = node[board[r][c]]
        word = node.pop("$", None)
        if word is not None:
            found.append(word)
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                walk(nr, nc, node)

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in root:
                walk(r, c, root)
    return found
