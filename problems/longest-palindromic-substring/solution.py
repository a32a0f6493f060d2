def longest_palindrome(s):
    # Grow a palindrome from each of the 2n - 1 centers (a character or the gap between two);
    # keep the widest: O(n^2) time, O(1) extra space.
    n = len(s)
    start, end = 0, 1
    for center in range(2 * n - 1):
        lo = center // 2
        hi = lo + center % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > end - start:
            start, end = lo + 1, hi
    return s[start:end]
