def validate(input):
    board = input["board"]
    assert 1 <= len(board) <= 400, f"{len(board)} rows, outside 1..400"
    cols = len(board[0])
    assert 1 <= cols <= 400, f"{cols} columns, outside 1..400"
    for r, row in enumerate(board):
        assert len(row) == cols, f"row {r} has {len(row)} cells, row 0 has {cols}"
        assert all(cell in ("X", "O") for cell in row), f"row {r} holds a cell that is not \"X\" or \"O\""
