# Bug: uses Python's floor division, which rounds a negative quotient down instead of toward zero.
def eval_rpn(tokens):
    stack = []
    for t in tokens:
        if t in ("+", "-", "*", "/"):
            b = stack.pop()
            a = stack.pop()
            if t == "+":
                stack.append(a + b)
            elif t == "-":
                stack.append(a - b)
            elif t == "*":
                stack.append(a * b)
            else:
                stack.append(a // b)
        else:
            stack.append(int(t))
    return stack[-1]
