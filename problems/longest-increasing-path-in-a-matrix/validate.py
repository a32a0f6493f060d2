def validate(input):
    matrix = input["matrix"]
    assert isinstance(matrix, list) and 1 <= len(matrix) <= 200, "the number of rows is outside 1..200"
    cols = len(matrix[0])
    assert 1 <= cols <= 200, f"{cols} columns, outside 1..200"
    for r, row in enumerate(matrix):
        assert len(row) == cols, f"row {r} has {len(row)} values, row 0 has {cols}"
        for v in row:
            assert isinstance(v, int) and -2**31 <= v <= 2**31 - 1, f"row {r} holds a value outside the 32-bit range"
