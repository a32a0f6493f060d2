# class: O(n^3)
# problem: longest-common-subsequence
# note: each cell looks back over every earlier position of the second string for a match (row by row, no running maximum)
def longest_common_subsequence(text1, text2):
    n2 = len(text2)
    prev = [0] * (n2 + 1)
    for a in text1:
        cur = [0] * (n2 + 1)
        for j in range(1, n2 + 1):
            best = prev[j]
            for k in range(1, j + 1):
                if text2[k - 1] == a and prev[k - 1] + 1 > best:
                    best = prev[k - 1] + 1
            cur[j] = best
        prev = cur
    return prev[n2]
