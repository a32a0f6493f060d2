# Bug: records a word every time a walk spells it, so a word found in two places is listed twice.
def find_words(board, words):
    root = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    rows, cols = len(board), len(board[0])
    found = []

    def walk(r, c, node):
        ch = board[r][c]
        node = node[ch]
        if "$" in node:
            found.append(node["$"])
        board[r][c] = "#"
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                walk(nr, nc, node)
        board[r][c] = ch

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in root:
                walk(r, c, root)
    return found
