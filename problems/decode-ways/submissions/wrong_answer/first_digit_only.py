# Bug: a pair counts whenever its first digit is 1 or 2, so "27", "28" and "29" are taken as
# letters.
def num_decodings(s):
    dp = [1] + [0] * len(s)
    for i in range(1, len(s) + 1):
        if s[i - 1] != "0":
            dp[i] = dp[i - 1]
        if i >= 2 and s[i - 2] in "12":
            dp[i] += dp[i - 2]
    return dp[len(s)]
