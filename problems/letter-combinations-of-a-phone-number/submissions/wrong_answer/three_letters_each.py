# Bug: assumes three letters on every key, so 7 loses "s", and 8 and 9 are shifted.
def letter_combinations(digits):
    if not digits:
        return []
    result = [""]
    for d in digits:
        start = 3 * (int(d) - 2)
        letters = "abcdefghijklmnopqrstuvwxyz"[start:start + 3]
        result = [s + ch for s in result for ch in letters]
    return result
