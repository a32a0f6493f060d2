# Correct but quadratic: evaluates the leftmost operator, then builds a new list with its result
# in place of the three tokens, and starts over from the beginning.
def eval_rpn(tokens):
    while len(tokens) > 1:
        for i, t in enumerate(tokens):
            if t in ("+", "-", "*", "/"):
                a, b = int(tokens[i - 2]), int(tokens[i - 1])
                if t == "+":
                    value = a + b
                elif t == "-":
                    value = a - b
                elif t == "*":
                    value = a * b
                else:
                    value = int(a / b)
                tokens = tokens[:i - 2] + [str(value)] + tokens[i + 1:]
                break
    return int(tokens[0])
