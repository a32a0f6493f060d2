# Bug: looks at s[i + 1] for the even center without checking that it exists: IndexError at
# the last letter.
def count_substrings(s):
    count = 0
    for i in range(len(s)):
        lo = hi = i
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            count += 1
            lo -= 1
            hi += 1
        if s[i] == s[i + 1]:
            lo, hi = i, i + 1
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                count += 1
                lo -= 1
                hi += 1
    return count
