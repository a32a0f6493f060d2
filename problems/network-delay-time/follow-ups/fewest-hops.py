from collections import deque


def network_delay_time(times, n, k):
    graph = [[] for _ in range(n + 1)]
    for u, v, _ in times:
        graph[u].append(v)
    hops = {k: 0}
    queue = deque([k])
    while queue:
        node = queue.popleft()
        for nxt in graph[node]:
            if nxt not in hops:
                hops[nxt] = hops[node] + 1
                queue.append(nxt)
    return max(hops.values()) if len(hops) == n else -1
