# Correct but exponential: a depth-first search that tries every route of up to k + 1 flights
# from src and keeps the cheapest one that lands at dst. Nothing is remembered between routes,
# so the work is the number of routes, which explodes on well-connected networks.
def find_cheapest_price(n, flights, src, dst, k):
    out = [[] for _ in range(n)]
    for a, b, price in flights:
        out[a].append((b, price))
    best = float("inf")

    def dfs(city, spent, flights_left):
        nonlocal best
        if city == dst:
            best = min(best, spent)
            return
        if flights_left == 0:
            return
        for nxt, price in out[city]:
            dfs(nxt, spent + price, flights_left - 1)

    dfs(src, 0, k + 1)
    return -1 if best == float("inf") else best
