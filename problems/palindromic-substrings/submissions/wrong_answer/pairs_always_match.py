# Bug: the table treats every two-letter substring as a palindrome (the length check skips the
# comparison of its ends).
def count_substrings(s):
    n = len(s)
    pal = [[False] * n for _ in range(n)]
    count = 0
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            if j - i < 2 or (s[i] == s[j] and pal[i + 1][j - 1]):
                pal[i][j] = True
                count += 1
    return count
