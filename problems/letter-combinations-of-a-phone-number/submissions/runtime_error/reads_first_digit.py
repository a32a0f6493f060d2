# Bug: reads digits[0] before checking that there is one, so an empty input raises IndexError.
KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def letter_combinations(digits):
    first = KEYS[digits[0]]
    if len(digits) == 1:
        return list(first)
    rest = letter_combinations(digits[1:])
    return [a + b for a in first for b in rest]
