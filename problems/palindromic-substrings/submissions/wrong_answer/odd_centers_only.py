# Bug: grows only from single letters, so even-length palindromes ("aa", "abba") are missed.
def count_substrings(s):
    count = 0
    for i in range(len(s)):
        lo = hi = i
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            count += 1
            lo -= 1
            hi += 1
    return count
