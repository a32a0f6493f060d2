def validate(input):
    grid = input["grid"]
    assert 1 <= len(grid) <= 200, f"{len(grid)} rows is outside 1..200"
    cols = len(grid[0])
    assert 1 <= cols <= 200, f"{cols} columns is outside 1..200"
    for row in grid:
        assert len(row) == cols, "the rows differ in length"
        assert all(0 <= x <= 200 for x in row), "a cost is outside 0..200"
