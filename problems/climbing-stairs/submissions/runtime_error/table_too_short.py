# Bug: fills the first two entries of the table unconditionally; for n = 1 the table has only
# two entries and dp[2] is out of range.
def climb_stairs(n):
    dp = [0] * (n + 1)
    dp[0] = 1
    dp[1] = 1
    dp[2] = 2
    for i in range(3, n + 1):
        dp[i] = dp[i - 1] + dp[i - 2]
    return dp[n]
