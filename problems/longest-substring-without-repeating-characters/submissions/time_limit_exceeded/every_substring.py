# Correct but cubic: tests every substring for distinct characters.
def length_of_longest_substring(s):
    best = 0
    n = len(s)
    for i in range(n):
        for j in range(i + 1, n + 1):
            if len(set(s[i:j])) == j - i:
                best = max(best, j - i)
    return best
