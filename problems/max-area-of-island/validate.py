def validate(input):
    grid = input["grid"]
    assert 1 <= len(grid) <= 50, f"{len(grid)} rows, outside 1..50"
    cols = len(grid[0])
    assert 1 <= cols <= 50, f"{cols} columns, outside 1..50"
    for r, row in enumerate(grid):
        assert len(row) == cols, f"row {r} has {len(row)} cells, row 0 has {cols}"
        assert set(row) <= {0, 1}, f"row {r} holds a cell that is not 0 or 1"
