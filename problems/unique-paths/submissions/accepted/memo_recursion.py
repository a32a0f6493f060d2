from functools import lru_cache


def unique_paths(m, n):
    @lru_cache(maxsize=None)
    def routes(r, c):
        # Routes from (r, c) to the bottom-right corner.
        if r == m - 1 or c == n - 1:
            return 1
        return routes(r + 1, c) + routes(r, c + 1)

    return routes(0, 0)
