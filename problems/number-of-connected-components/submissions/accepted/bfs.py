from collections import deque


def count_components(n, edges):
    graph = [[] for _ in range(n)]
    for a, b in edges:
        graph[a].append(b)
        graph[b].append(a)
    seen = [False] * n
    count = 0
    for start in range(n):
        if seen[start]:
            continue
        count += 1
        seen[start] = True
        queue = deque([start])
        while queue:
            for nxt in graph[queue.popleft()]:
                if not seen[nxt]:
                    seen[nxt] = True
                    queue.append(nxt)
    return count
