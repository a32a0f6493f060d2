OPERATORS = {"+", "-", "*", "/"}


def eval_rpn(tokens):
    stack = []
    for token in tokens:
        if token not in OPERATORS:
            stack.append(int(token))
            continue
        if len(stack) < 2:
            raise ValueError(f"{token} needs two operands")
        b = stack.pop()
        a = stack.pop()
        if token == "+":
            stack.append(a + b)
        elif token == "-":
            stack.append(a - b)
        elif token == "*":
            stack.append(a * b)
        else:
            q = abs(a) // abs(b)
            stack.append(q if (a < 0) == (b < 0) else -q)
    if len(stack) != 1:
        raise ValueError(f"{len(stack)} values are left, not one")
    return stack[0]
