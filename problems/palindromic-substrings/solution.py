def count_substrings(s):
    # Every palindrome has one center: a character or the gap between two. Grow each of the
    # 2n - 1 centers outwards; each step that still matches is one more palindrome.
    # O(n^2) time, O(1) extra space.
    n = len(s)
    count = 0
    for center in range(2 * n - 1):
        lo = center // 2
        hi = lo + center % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            count += 1
            lo -= 1
            hi += 1
    return count
