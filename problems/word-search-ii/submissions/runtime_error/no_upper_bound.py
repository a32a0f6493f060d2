# Bug: checks only that a neighbour is not before the first row or column, so a walk reaching
# the last row or column reads past the board.
def find_words(board, words):
    root = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    found = []

    def walk(r, c, node):
        ch = board[r][c]
        node = node[ch]
        word = node.pop("$", None)
        if word is not None:
            found.append(word)
        board[r][c] = "#"
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if nr >= 0 and nc >= 0 and board[nr][nc] in node:
                walk(nr, nc, node)
        board[r][c] = ch

    for r in range(len(board)):
        for c in range(len(board[0])):
            if board[r][c] in root:
                walk(r, c, root)
    return found
