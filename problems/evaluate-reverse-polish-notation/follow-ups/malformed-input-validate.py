def validate(input):
    tokens = input["tokens"]
    assert 0 <= len(tokens) <= 10**4, f"{len(tokens)} tokens is over 10^4"
    for i, token in enumerate(tokens):
        if token not in ("+", "-", "*", "/"):
            assert token.lstrip("-").isdigit() and str(int(token)) == token, f"token {i} ({token!r}) is not an integer or operator"
            assert -200 <= int(token) <= 200, f"token {i} ({token}) is outside -200..200"
