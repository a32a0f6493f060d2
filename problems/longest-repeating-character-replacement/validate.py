def validate(input):
    s, k = input["s"], input["k"]
    assert 1 <= len(s) <= 10**5, f"len(s) = {len(s)} is outside 1..10^5"
    assert all("A" <= c <= "Z" for c in s), "s holds a character that is not an uppercase English letter"
    assert 0 <= k <= len(s), f"k = {k} is outside 0..len(s)"
