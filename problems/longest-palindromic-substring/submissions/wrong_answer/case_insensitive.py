# Bug: compares characters without case, so "Noon" counts as a palindrome.
def longest_palindrome(s):
    low = s.lower()
    start, end = 0, 1
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, (center + 1) // 2
        while lo >= 0 and hi < len(s) and low[lo] == low[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > end - start:
            start, end = lo + 1, hi
    return s[start:end]
