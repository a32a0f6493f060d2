def eval_rpn(tokens):
    # Reduce the leftmost operator with the two values before it, until one value is left.
    items = list(tokens)
    while len(items) > 1:
        i = 0
        while items[i] not in ("+", "-", "*", "/"):
            i += 1
        a, b, op = int(items[i - 2]), int(items[i - 1]), items[i]
        if op == "+":
            value = a + b
        elif op == "-":
            value = a - b
        elif op == "*":
            value = a * b
        else:
            value = int(a / b)
        items[i - 2:i + 1] = [str(value)]
    return int(items[0])
