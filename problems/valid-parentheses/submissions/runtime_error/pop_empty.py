# Bug: pops without checking that the stack is empty, so a leading closer raises.
def is_valid(s):
    match = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in match:
            if stack.pop() != match[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
