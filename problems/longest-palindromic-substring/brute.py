def longest_palindrome(s):
    # Test every substring, character by character from both ends: O(n^3).
    n = len(s)
    best = s[0]
    for i in range(n):
        for j in range(i, n):
            lo, hi = i, j
            while lo < hi and s[lo] == s[hi]:
                lo += 1
                hi -= 1
            if lo >= hi and j - i + 1 > len(best):
                best = s[i:j + 1]
    return best
