# Bug: the right-to-left pass reads one past the end for the last column.
def trap(height):
    n = len(height)
    left, right = [0] * n, [0] * n
    best = 0
    for i in range(n):
        best = max(best, height[i])
        left[i] = best
    for i in range(n - 1, -1, -1):
        right[i] = max(height[i], right[i + 1] if i < n else 0)
    return sum(min(l, r) - h for l, r, h in zip(left, right, height))
