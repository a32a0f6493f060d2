def validate(input):
    n = input["n"]
    assert isinstance(n, int) and not isinstance(n, bool), "n is not an integer"
    assert -(2**31) <= n <= 2**31 - 1, f"n = {n} is outside -2^31..2^31 - 1"
