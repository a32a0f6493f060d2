# class: O(n^2)
# problem: network-delay-time
# note: C-speed quadratic: Dijkstra without a heap, min() then list.index() over all n tentative distances for each of the n nodes
def network_delay_time(times, n, k):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    unknown, done = 10**18, 10**19
    tentative = [unknown] * (n + 1)
    tentative[0] = done
    tentative[k] = 0
    final = [None] * (n + 1)
    for _ in range(n):
        d = min(tentative)
        if d == unknown:
            break
        u = tentative.index(d)
        final[u] = d
        tentative[u] = done
        for v, w in adj[u]:
            if final[v] is None and d + w < tentative[v]:
                tentative[v] = d + w
    reached = final[1:]
    return -1 if None in reached else max(reached)
