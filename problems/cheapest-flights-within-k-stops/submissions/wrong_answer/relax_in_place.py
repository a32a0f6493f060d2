# Bug: Bellman-Ford for k + 1 rounds, but relaxing the prices in place: a flight relaxed early
# in a round can feed the next one in the same round, so a route may use more than k + 1
# flights.
def find_cheapest_price(n, flights, src, dst, k):
    cost = [float("inf")] * n
    cost[src] = 0
    for _ in range(k + 1):
        for a, b, price in flights:
            if cost[a] + price < cost[b]:
                cost[b] = cost[a] + price
    return -1 if cost[dst] == float("inf") else cost[dst]
