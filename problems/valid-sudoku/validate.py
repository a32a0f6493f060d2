def validate(input):
    board = input["board"]
    assert len(board) == 9, f"{len(board)} rows, not 9"
    for r, row in enumerate(board):
        assert len(row) == 9, f"row {r} has {len(row)} cells, not 9"
        for c, cell in enumerate(row):
            assert cell == "." or cell in "123456789" and len(cell) == 1, f"cell ({r}, {c}) is not a digit 1-9 or '.'"
