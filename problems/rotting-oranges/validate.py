def validate(input):
    grid = input["grid"]
    assert 1 <= len(grid) <= 10, f"{len(grid)} rows, outside 1..10"
    cols = len(grid[0])
    assert 1 <= cols <= 10, f"{cols} columns, outside 1..10"
    for r, row in enumerate(grid):
        assert len(row) == cols, f"row {r} has {len(row)} cells, row 0 has {cols}"
        assert set(row) <= {0, 1, 2}, f"row {r} holds a cell that is not 0, 1 or 2"
