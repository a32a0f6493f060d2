# Correct but O(n^3): tests every substring letter by letter.
def count_substrings(s):
    count = 0
    n = len(s)
    for i in range(n):
        for j in range(i, n):
            k = 0
            while i + k < j - k and s[i + k] == s[j - k]:
                k += 1
            if i + k >= j - k:
                count += 1
    return count
