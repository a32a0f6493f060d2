# Bug: reads the pair ending at every position, the first included; there s[i - 2:i] is empty
# (for strings of two digits or more) and int("") raises ValueError.
def num_decodings(s):
    dp = [1] + [0] * len(s)
    for i in range(1, len(s) + 1):
        if s[i - 1] != "0":
            dp[i] = dp[i - 1]
        if 10 <= int(s[i - 2:i]) <= 26:
            dp[i] += dp[i - 2]
    return dp[len(s)]
