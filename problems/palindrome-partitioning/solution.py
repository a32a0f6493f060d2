def partition(s):
    n = len(s)
    # pal[i][j]: whether s[i..j] (both included) is a palindrome, filled from the last row up.
    pal = [[False] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            pal[i][j] = s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1])
    result, path = [], []

    def walk(start):
        if start == n:
            result.append(path[:])
            return
        for end in range(start, n):
            if pal[start][end]:
                path.append(s[start:end + 1])
                walk(end + 1)
                path.pop()

    walk(0)
    return result
