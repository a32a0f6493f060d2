def find_cheapest_price(n, flights, src, dst, k):
    # Bellman-Ford cut off after k + 1 rounds: after round r, cost[c] is the cheapest price of
    # reaching c with at most r flights. At most k stops means at most k + 1 flights.
    inf = float("inf")
    cost = [inf] * n
    cost[src] = 0
    for _ in range(k + 1):
        # Relax from the previous round's prices only (a copy): relaxing in place could chain
        # several flights in one round and so go over the stop limit.
        nxt = cost[:]
        for a, b, price in flights:
            if cost[a] + price < nxt[b]:
                nxt[b] = cost[a] + price
        cost = nxt
    return -1 if cost[dst] == inf else cost[dst]
