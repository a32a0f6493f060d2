# Bug: checks each string of 2n brackets with a stack, but pops on ')' without checking that
# the stack holds an '(' first: ")(" raises IndexError.
from itertools import product


def generate_parenthesis(n):
    result = []
    for chars in product("()", repeat=2 * n):
        stack = []
        for c in chars:
            if c == "(":
                stack.append(c)
            else:
                stack.pop()
        if not stack:
            result.append("".join(chars))
    return result
