# Bug: builds the departures as a plain dict holding only cities that have a flight out, then
# reads it for every city reached: KeyError at a city with no departures.
def find_cheapest_price(n, flights, src, dst, k):
    out = {}
    for a, b, price in flights:
        out.setdefault(a, []).append((b, price))
    best = [float("inf")] * n
    best[src] = 0
    frontier = [(src, 0)]
    for _ in range(k + 1):
        nxt = []
        for city, spent in frontier:
            for to, price in out[city]:
                if spent + price < best[to]:
                    best[to] = spent + price
                    nxt.append((to, spent + price))
        frontier = nxt
    return -1 if best[dst] == float("inf") else best[dst]
