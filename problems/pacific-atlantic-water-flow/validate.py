def validate(input):
    heights = input["heights"]
    assert 1 <= len(heights) <= 200, f"{len(heights)} rows, outside 1..200"
    cols = len(heights[0])
    assert 1 <= cols <= 200, f"{cols} columns, outside 1..200"
    for r, row in enumerate(heights):
        assert len(row) == cols, f"row {r} has {len(row)} cells, row 0 has {cols}"
        for h in row:
            assert isinstance(h, int) and 0 <= h <= 100000, f"row {r} holds a height outside 0..10^5"
