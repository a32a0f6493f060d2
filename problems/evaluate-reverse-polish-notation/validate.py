OPERATORS = {"+", "-", "*", "/"}


def validate(input):
    tokens = input["tokens"]
    assert 1 <= len(tokens) <= 10**4, f"{len(tokens)} tokens is outside 1..10^4"
    stack = []
    for i, token in enumerate(tokens):
        if token in OPERATORS:
            assert len(stack) >= 2, f"token {i} ({token}) lacks an operand"
            b, a = stack.pop(), stack.pop()
            assert not (token == "/" and b == 0), f"token {i} divides by zero"
            q = abs(a) // abs(b) if token == "/" else 0
            value = {"+": a + b, "-": a - b, "*": a * b, "/": q if (a < 0) == (b < 0) else -q}[token]
            assert -2**31 <= value < 2**31, f"token {i} gives {value}, outside 32 bits"
            stack.append(value)
        else:
            assert token.lstrip("-").isdigit() and str(int(token)) == token, f"token {i} ({token!r}) is not an integer or operator"
            assert -200 <= int(token) <= 200, f"token {i} ({token}) is outside -200..200"
            stack.append(int(token))
    assert len(stack) == 1, f"{len(stack)} values are left at the end"
