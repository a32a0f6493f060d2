# Correct but O(n^2): the most intervals that can stay, as the longest chain of intervals
# following one another (like a longest increasing subsequence).
def erase_overlap_intervals(intervals):
    intervals = sorted(intervals)
    n = len(intervals)
    dp = [1] * n
    for i in range(n):
        for j in range(i):
            if intervals[j][1] <= intervals[i][0]:
                dp[i] = max(dp[i], dp[j] + 1)
    return n - max(dp)
