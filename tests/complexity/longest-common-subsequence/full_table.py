# class: O(n^2)
# problem: longest-common-subsequence
# note: the (n+1) x (n+1) table
def longest_common_subsequence(text1, text2):
    m, n = len(text1), len(text2)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        a = text1[i - 1]
        row, above = dp[i], dp[i - 1]
        for j in range(1, n + 1):
            if a == text2[j - 1]:
                row[j] = above[j - 1] + 1
            else:
                row[j] = max(above[j], row[j - 1])
    return dp[m][n]
