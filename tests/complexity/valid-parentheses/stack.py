# class: O(n)
# problem: valid-parentheses
# note: a stack of expected closers
def is_valid(s):
    closer = {"(": ")", "[": "]", "{": "}"}
    stack = []
    for ch in s:
        if ch in closer:
            stack.append(closer[ch])
        elif not stack or stack.pop() != ch:
            return False
    return not stack
