def validate(input):
    n = input["n"]
    assert isinstance(n, int) and not isinstance(n, bool), "n is not an integer"
    assert 1 <= n <= 2**31 - 1, f"n = {n} is outside 1..2^31 - 1"
