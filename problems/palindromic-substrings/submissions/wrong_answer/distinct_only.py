# Bug: collects the palindromes in a set, so one appearing at several places counts once.
def count_substrings(s):
    seen = set()
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, (center + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            seen.add(s[lo:hi + 1])
            lo -= 1
            hi += 1
    return len(seen)
