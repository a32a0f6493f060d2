# Manacher: the radius of every center in O(n); a center of radius r in the separated string
# holds (r + 1) // 2 palindromes of s.
def count_substrings(s):
    t = "#" + "#".join(s) + "#"
    radius = [0] * len(t)
    center = right = 0
    for i in range(len(t)):
        r = min(right - i, radius[2 * center - i]) if i < right else 0
        while i - r - 1 >= 0 and i + r + 1 < len(t) and t[i - r - 1] == t[i + r + 1]:
            r += 1
        radius[i] = r
        if i + r > right:
            center, right = i, i + r
    return sum((r + 1) // 2 for r in radius)
