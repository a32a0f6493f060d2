def longest_palindrome(s):
    """Manacher's algorithm: O(n) time, O(n) space.

    Interleave a separator so every palindrome has odd length in t, then reuse the radius of
    the mirror position inside the rightmost palindrome found so far."""
    t = "^#" + "#".join(s) + "#$"
    radius = [0] * len(t)
    center = right = 0
    for i in range(1, len(t) - 1):
        if i < right:
            radius[i] = min(right - i, radius[2 * center - i])
        while t[i + radius[i] + 1] == t[i - radius[i] - 1]:
            radius[i] += 1
        if i + radius[i] > right:
            center, right = i, i + radius[i]
    best = max(range(len(t)), key=radius.__getitem__)
    start = (best - radius[best]) // 2
    return s[start:start + radius[best]]
