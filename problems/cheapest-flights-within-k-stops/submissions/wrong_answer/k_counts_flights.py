# Bug: reads k as the number of flights rather than stops, so it runs one round too few and
# misses every route that uses all k stops (and with k = 0, even the direct flight).
def find_cheapest_price(n, flights, src, dst, k):
    cost = [float("inf")] * n
    cost[src] = 0
    for _ in range(k):
        nxt = cost[:]
        for a, b, price in flights:
            if cost[a] + price < nxt[b]:
                nxt[b] = cost[a] + price
        cost = nxt
    return -1 if cost[dst] == float("inf") else cost[dst]
