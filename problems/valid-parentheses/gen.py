def generate(n, rng):
    """A well-formed string of about n characters, deeply nested in places, so nothing can
    stop early and pair-removal needs many passes."""
    pairs = ["()", "[]", "{}"]
    out = []
    stack = []
    while len(out) + len(stack) < n:
        if stack and (rng.random() < 0.3 or len(out) + 2 * len(stack) >= n):
            out.append(stack.pop())
        else:
            o, c = rng.choice(pairs)
            out.append(o)
            stack.append(c)
    out.extend(reversed(stack))
    return {"s": "".join(out)}
