# Correct but O(n * e): before adding each edge, a DFS over the edges added so far checks
# whether its two ends are already connected (a cycle); at the end, the count decides.
def valid_tree(n, edges):
    graph = [[] for _ in range(n)]
    for a, b in edges:
        seen = {a}
        stack = [a]
        while stack:
            v = stack.pop()
            if v == b:
                return False
            for w in graph[v]:
                if w not in seen:
                    seen.add(w)
                    stack.append(w)
        graph[a].append(b)
        graph[b].append(a)
    return len(edges) == n - 1
