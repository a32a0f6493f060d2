# Bug: never marks the cells of the current path, so a word may use a cell twice.
def find_words(board, words):
    root = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    rows, cols = len(board), len(board[0])
    found = set()

    def walk(r, c, node):
        node = node[board[r][c]]
        if "$" in node:
            found.add(node["$"])
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                walk(nr, nc, node)

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in root:
                walk(r, c, root)
    return list(found)
