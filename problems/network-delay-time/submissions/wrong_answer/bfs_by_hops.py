from collections import deque


def network_delay_time(times, n, k):
    graph = {}
    for u, v, w in times:
        graph.setdefault(u, []).append((v, w))
    arrival = {k: 0}
    queue = deque([k])
    while queue:
        node = queue.popleft()
        for nxt, w in graph.get(node, []):
            if nxt not in arrival:
                arrival[nxt] = arrival[node] + w
                queue.append(nxt)
    return max(arrival.values()) if len(arrival) == n else -1
