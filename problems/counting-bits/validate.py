def validate(input):
    n = input["n"]
    assert isinstance(n, int) and not isinstance(n, bool), "n is not an integer"
    assert 0 <= n <= 10**5, f"n = {n} is outside 0..10^5"
