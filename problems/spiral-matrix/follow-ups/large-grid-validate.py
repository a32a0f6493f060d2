def validate(input):
    matrix = input["matrix"]
    m = len(matrix)
    assert 1 <= m <= 700, f"m = {m} rows is outside 1..700"
    n = len(matrix[0])
    assert 1 <= n <= 700, f"n = {n} columns is outside 1..700"
    for row in matrix:
        assert len(row) == n, "the rows differ in length"
        assert all(-100 <= x <= 100 for x in row), "a value is outside -100..100"
