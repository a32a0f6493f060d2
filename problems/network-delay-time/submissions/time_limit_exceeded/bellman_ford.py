def network_delay_time(times, n, k):
    best = [float("inf")] * (n + 1)
    best[k] = 0
    for _ in range(n - 1):
        for u, v, w in times:
            if best[u] + w < best[v]:
                best[v] = best[u] + w
    worst = max(best[1:])
    return -1 if worst == float("inf") else worst
