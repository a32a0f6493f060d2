# The trie walk with an explicit stack of (cell, node, path of used cells); no pruning of found
# branches, but each word is recorded once.
def find_words(board, words):
    root = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    rows, cols = len(board), len(board[0])
    found = set()
    for r0 in range(rows):
        for c0 in range(cols):
            if board[r0][c0] not in root:
                continue
            stack = [(r0, c0, root[board[r0][c0]], frozenset([(r0, c0)]))]
            while stack:
                r, c, node, used = stack.pop()
                if "$" in node:
                    found.add(node["$"])
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used and board[nr][nc] in node:
                        stack.append((nr, nc, node[board[nr][nc]], used | {(nr, nc)}))
    return list(found)
