import re


def validate(input):
    board, word = input["board"], input["word"]
    assert 1 <= len(board) <= 6, f"{len(board)} rows, outside 1..6"
    cols = len(board[0])
    assert 1 <= cols <= 6, f"{cols} columns, outside 1..6"
    for r, row in enumerate(board):
        assert len(row) == cols, f"row {r} has {len(row)} cells, row 0 has {cols}"
        assert all(re.fullmatch(r"[a-zA-Z]", ch) for ch in row), f"row {r} holds a cell that is not one English letter"
    assert re.fullmatch(r"[a-zA-Z]{1,15}", word), "word is not 1 to 15 English letters"
