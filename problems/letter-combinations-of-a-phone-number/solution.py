KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def letter_combinations(digits):
    if not digits:
        return []
    # The strings for the digits so far, each extended by every letter of the next key.
    result = [""]
    for d in digits:
        result = [s + ch for s in result for ch in KEYS[d]]
    return result
