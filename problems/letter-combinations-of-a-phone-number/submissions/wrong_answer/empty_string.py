# Bug: grows the list from [""] with no check, so an empty input gives [""] instead of [].
KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def letter_combinations(digits):
    result = [""]
    for d in digits:
        result = [s + ch for s in result for ch in KEYS[d]]
    return result
