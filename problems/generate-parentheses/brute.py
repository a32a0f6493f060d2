from itertools import product


def generate_parenthesis(n):
    # Every string of 2n brackets (4^n of them), kept when its depth never goes below zero
    # and ends at zero.
    result = []
    for chars in product("()", repeat=2 * n):
        depth = 0
        for c in chars:
            depth += 1 if c == "(" else -1
            if depth < 0:
                break
        else:
            if depth == 0:
                result.append("".join(chars))
    return result
