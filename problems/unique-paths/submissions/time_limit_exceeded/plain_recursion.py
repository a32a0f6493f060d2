# Correct but exponential: counts the routes one by one, remembering nothing.
def unique_paths(m, n):
    def routes(r, c):
        if r == m - 1 or c == n - 1:
            return 1
        return routes(r + 1, c) + routes(r, c + 1)

    return routes(0, 0)
