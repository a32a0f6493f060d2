def find_cheapest_price(n, flights, src, dst, k):
    # Try every route: a depth-first search over all paths from src that use at most k + 1
    # flights and never revisit a city (prices are positive, so a loop only adds cost and
    # stops), keeping the cheapest that ends at dst. Exponential in the number of cities.
    out = [[] for _ in range(n)]
    for a, b, price in flights:
        out[a].append((b, price))
    best = None
    on_path = [False] * n

    def walk(city, spent, flights_used):
        nonlocal best
        if city == dst:
            if best is None or spent < best:
                best = spent
            return
        if flights_used == k + 1:
            return
        on_path[city] = True
        for nxt, price in out[city]:
            if not on_path[nxt]:
                walk(nxt, spent + price, flights_used + 1)
        on_path[city] = False

    walk(src, 0, 0)
    return -1 if best is None else best
