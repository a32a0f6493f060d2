# itertools.product over the letters of each key.
from itertools import product

KEYS = dict(zip("23456789", ["abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]))


def letter_combinations(digits):
    if not digits:
        return []
    return ["".join(p) for p in product(*(KEYS[d] for d in digits))]
