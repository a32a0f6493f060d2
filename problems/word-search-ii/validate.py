import re


def validate(input):
    board, words = input["board"], input["words"]
    assert 1 <= len(board) <= 12, f"{len(board)} rows, outside 1..12"
    cols = len(board[0])
    assert 1 <= cols <= 12, f"{cols} columns, outside 1..12"
    for r, row in enumerate(board):
        assert len(row) == cols, f"row {r} has {len(row)} cells, row 0 has {cols}"
        assert all(len(ch) == 1 and "a" <= ch <= "z" for ch in row), f"row {r} holds a cell that is not one lowercase letter"
    assert 1 <= len(words) <= 3 * 10**4, f"{len(words)} words, outside 1..3 * 10^4"
    assert all(re.fullmatch(r"[a-z]{1,10}", w) for w in words), "a word is not 1 to 10 lowercase letters"
    assert len(set(words)) == len(words), "words repeat"
