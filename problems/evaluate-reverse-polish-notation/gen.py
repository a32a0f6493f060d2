LIMIT = 2**31


def _apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def generate(n, rng, kind="random"):
    """A valid expression of n tokens (n - 1 when n is even), numbers in -200..200, every value
    on the way inside 32 bits (products kept under 10^7). kind "random": numbers and operators
    interleaved at random; "deep": every number first, then every operator, so the stack grows
    to about n / 2 and reducing the leftmost operator again and again rescans half the list."""
    n = max(1, min(n, 10**4))
    if n % 2 == 0:
        n -= 1
    numbers, operators = (n + 1) // 2, (n - 1) // 2
    tokens, stack = [], []
    while numbers or operators:
        push = numbers > 0 and (len(stack) < 2 or kind == "deep" or rng.random() < 0.55)
        if push:
            x = rng.randint(-200, 200)
            tokens.append(str(x))
            stack.append(x)
            numbers -= 1
            continue
        b, a = stack.pop(), stack.pop()
        choices = []
        for op in "+-*/":
            if op == "/" and b == 0:
                continue
            value = _apply(op, a, b)
            if abs(value) < (10**7 if op == "*" else LIMIT - 1):
                choices.append((op, value))
        op, value = rng.choice(choices)
        tokens.append(op)
        stack.append(value)
        operators -= 1
    return {"tokens": tokens}
