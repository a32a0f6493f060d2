def validate(input):
    s = input["s"]
    assert len(s) <= 2 * 10**5, f"len(s) = {len(s)} is over 2*10^5"
    assert all(32 <= ord(c) <= 126 for c in s), "s holds a character that is not printable ASCII"
