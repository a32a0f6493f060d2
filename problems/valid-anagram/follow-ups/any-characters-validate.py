def validate(input):
    s, t = input["s"], input["t"]
    assert 1 <= len(s) <= 5 * 10**4, f"len(s) = {len(s)} is outside 1..5*10^4"
    assert 1 <= len(t) <= 5 * 10**4, f"len(t) = {len(t)} is outside 1..5*10^4"
