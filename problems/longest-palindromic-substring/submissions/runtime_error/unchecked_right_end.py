# Bug: tests the characters before the bounds, and the even center after the last character
# reads s[len(s)]: IndexError on every input.
def longest_palindrome(s):
    def expand(lo, hi):
        while s[lo] == s[hi] and lo >= 0 and hi < len(s):
            lo -= 1
            hi += 1
        return s[lo + 1:hi]

    best = ""
    for i in range(len(s)):
        for p in (expand(i, i), expand(i, i + 1)):
            if len(p) > len(best):
                best = p
    return best
