# Too slow: orders the n '(' and n ')' in every possible way, (2n)! orderings, and keeps the
# well-formed ones; a set removes the repeats only after they have all been produced.
from itertools import permutations


def generate_parenthesis(n):
    found = set()
    for chars in permutations("(" * n + ")" * n):
        depth = 0
        for c in chars:
            depth += 1 if c == "(" else -1
            if depth < 0:
                break
        else:
            found.add("".join(chars))
    return list(found)
