# Bug: recognises numbers with str.isdigit(), which is false for "-7", so a negative number is
# taken for an operator and pops from a stack that is too short.
def eval_rpn(tokens):
    stack = []
    for t in tokens:
        if t.isdigit():
            stack.append(int(t))
            continue
        b = stack.pop()
        a = stack.pop()
        if t == "+":
            stack.append(a + b)
        elif t == "-":
            stack.append(a - b)
        elif t == "*":
            stack.append(a * b)
        else:
            stack.append(int(a / b))
    return stack[-1]
