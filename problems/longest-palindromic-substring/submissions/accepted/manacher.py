# Manacher's algorithm, O(n).
def longest_palindrome(s):
    t = "|" + "|".join(s) + "|"
    radius = [0] * len(t)
    center = right = 0
    for i in range(len(t)):
        r = min(right - i, radius[2 * center - i]) if i < right else 0
        while i - r - 1 >= 0 and i + r + 1 < len(t) and t[i - r - 1] == t[i + r + 1]:
            r += 1
        radius[i] = r
        if i + r > right:
            center, right = i, i + r
    length = max(radius)
    mid = radius.index(length)
    return s[(mid - length) // 2:(mid - length) // 2 + length]
