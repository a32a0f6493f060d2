def validate(input):
    matrix, target = input["matrix"], input["target"]
    assert 1 <= len(matrix) <= 100, f"{len(matrix)} rows is outside 1..100"
    cols = len(matrix[0])
    assert 1 <= cols <= 100, f"{cols} columns is outside 1..100"
    assert all(len(row) == cols for row in matrix), "rows differ in length"
    assert all(-10**4 <= x <= 10**4 for row in matrix for x in row), "a value is outside -10^4..10^4"
    assert -10**4 <= target <= 10**4, f"target {target} is outside -10^4..10^4"
    for i, row in enumerate(matrix):
        assert all(a <= b for a, b in zip(row, row[1:])), f"row {i} is not sorted"
        if i:
            assert all(a <= b for a, b in zip(matrix[i - 1], row)), f"a column is not sorted at row {i}"
