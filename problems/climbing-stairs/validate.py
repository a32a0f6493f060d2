def validate(input):
    n = input["n"]
    assert type(n) is int, f"n is {type(n).__name__}, not an int"
    assert 1 <= n <= 45, f"n = {n} is outside 1..45"
