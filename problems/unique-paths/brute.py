def unique_paths(m, n):
    # Walks every route one move at a time: as many leaves as there are routes.
    def routes(r, c):
        if r == m - 1 and c == n - 1:
            return 1
        total = 0
        if r + 1 < m:
            total += routes(r + 1, c)
        if c + 1 < n:
            total += routes(r, c + 1)
        return total

    return routes(0, 0)
