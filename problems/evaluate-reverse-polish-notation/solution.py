OPERATORS = {"+", "-", "*", "/"}


def eval_rpn(tokens):
    # Values not yet used by an operator, the most recent on top.
    stack = []
    for token in tokens:
        if token not in OPERATORS:
            stack.append(int(token))
            continue
        b = stack.pop()
        a = stack.pop()
        if token == "+":
            stack.append(a + b)
        elif token == "-":
            stack.append(a - b)
        elif token == "*":
            stack.append(a * b)
        else:
            # Truncate toward zero, unlike Python's floor division.
            q = abs(a) // abs(b)
            stack.append(q if (a < 0) == (b < 0) else -q)
    return stack[-1]
