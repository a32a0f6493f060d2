# Bug: Dijkstra that settles each city the first time it comes out of the heap, as for plain
# shortest paths. A cheap route with many flights can settle a city first; the dearer route
# through it with fewer flights, the one that still fits the stop limit, is then never tried.
import heapq


def find_cheapest_price(n, flights, src, dst, k):
    out = [[] for _ in range(n)]
    for a, b, price in flights:
        out[a].append((b, price))
    settled = [False] * n
    heap = [(0, src, 0)]  # price so far, city, flights used
    while heap:
        spent, city, used = heapq.heappop(heap)
        if city == dst:
            return spent
        if settled[city] or used == k + 1:
            continue
        settled[city] = True
        for nxt, price in out[city]:
            if not settled[nxt]:
                heapq.heappush(heap, (spent + price, nxt, used + 1))
    return -1
