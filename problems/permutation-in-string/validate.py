def validate(input):
    s1, s2 = input["s1"], input["s2"]
    assert 1 <= len(s1) <= 10**4, f"len(s1) = {len(s1)} is outside 1..10^4"
    assert 1 <= len(s2) <= 10**4, f"len(s2) = {len(s2)} is outside 1..10^4"
    lower = set("abcdefghijklmnopqrstuvwxyz")
    assert set(s1) <= lower and set(s2) <= lower, "a character is not a lowercase English letter"
