def valid_tree(n, edges):
    # Straight from the definition: connected, and no cycle. An edge lies on a cycle exactly
    # when its two ends stay connected without it, so check every edge that way.
    # O(e * (n + e)).
    def connected(a, b, skip):
        graph = {v: [] for v in range(n)}
        for i, (x, y) in enumerate(edges):
            if i != skip:
                graph[x].append(y)
                graph[y].append(x)
        seen = {a}
        stack = [a]
        while stack:
            for w in graph[stack.pop()]:
                if w not in seen:
                    seen.add(w)
                    stack.append(w)
        return b in seen if b is not None else len(seen) == n

    if not connected(0, None, -1):
        return False
    for i, (a, b) in enumerate(edges):
        if connected(a, b, i):
            return False
    return True
