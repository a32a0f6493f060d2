def validate(input):
    matrix = input["matrix"]
    n = len(matrix)
    assert 1 <= n <= 800, f"n = {n} is outside 1..800"
    for row in matrix:
        assert len(row) == n, "the matrix is not square"
        assert all(-1000 <= x <= 1000 for x in row), "a value is outside -1000..1000"
