def partition(s):
    n = len(s)
    pal = [[False] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            pal[i][j] = s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1])
    # fewest[i]: the fewest palindromes that s[i:] can be cut into.
    fewest = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        fewest[i] = 1 + min(fewest[j + 1] for j in range(i, n) if pal[i][j])
    result, path = [], []

    def walk(start):
        if start == n:
            result.append(path[:])
            return
        # Only pieces after which the rest can still be cut in the fewest pieces.
        for end in range(start, n):
            if pal[start][end] and fewest[end + 1] == fewest[start] - 1:
                path.append(s[start:end + 1])
                walk(end + 1)
                path.pop()

    walk(0)
    return result
