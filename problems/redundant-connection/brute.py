def find_redundant_connection(edges):
    # Try removing each edge in turn; keep it as a candidate when the n - 1 edges left still
    # reach every node from node 1 (n - 1 edges that connect n nodes are a tree). The last
    # candidate in input order is the answer. O(n) per edge: O(n^2).
    n = len(edges)
    answer = None
    for skip in range(n):
        graph = {v: [] for v in range(1, n + 1)}
        for i, (a, b) in enumerate(edges):
            if i != skip:
                graph[a].append(b)
                graph[b].append(a)
        seen = {1}
        stack = [1]
        while stack:
            for w in graph[stack.pop()]:
                if w not in seen:
                    seen.add(w)
                    stack.append(w)
        if len(seen) == n:
            answer = list(edges[skip])
    return answer
