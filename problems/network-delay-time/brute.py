def network_delay_time(times, n, k):
    inf = float("inf")
    best = [inf] * (n + 1)
    best[k] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in times:
            if best[u] + w < best[v]:
                best[v] = best[u] + w
                changed = True
        if not changed:
            break
    worst = max(best[1:])
    return -1 if worst == inf else worst
