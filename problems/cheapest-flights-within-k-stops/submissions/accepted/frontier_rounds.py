# Bellman-Ford by rounds, one flight per round, relaxing only the flights out of the cities
# whose price dropped in the previous round (the others have nothing new to offer). Prices
# found in a round are committed only after it, so no round chains two flights.
def find_cheapest_price(n, flights, src, dst, k):
    out = [[] for _ in range(n)]
    for a, b, price in flights:
        out[a].append((b, price))
    inf = float("inf")
    best = [inf] * n
    best[src] = 0
    frontier = {src: 0}
    for _ in range(k + 1):
        improved = {}
        for city, spent in frontier.items():
            for nxt, price in out[city]:
                total = spent + price
                if total < best[nxt] and total < improved.get(nxt, inf):
                    improved[nxt] = total
        if not improved:
            break
        for city, total in improved.items():
            best[city] = total
        frontier = improved
    return -1 if best[dst] == inf else best[dst]
