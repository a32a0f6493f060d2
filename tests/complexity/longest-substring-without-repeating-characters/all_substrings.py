# class: O(n^3)
# problem: longest-substring-without-repeating-characters
# note: tests every substring for distinct characters (no early break)
def length_of_longest_substring(s):
    best = 0
    n = len(s)
    for i in range(n):
        for j in range(i + best + 1, n + 1):
            if len(set(s[i:j])) == j - i:
                best = j - i
    return best
