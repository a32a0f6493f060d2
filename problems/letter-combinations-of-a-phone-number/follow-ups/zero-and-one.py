KEYS = {"0": " ", "1": "", "2": "abc", "3": "def", "4": "ghi", "5": "jkl",
        "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def letter_combinations(digits):
    if not digits:
        return []
    # A key without letters empties the list, as it should: nothing can be typed through it.
    result = [""]
    for d in digits:
        result = [s + ch for s in result for ch in KEYS[d]]
    return result
