# Correct but O(n^2): before adding each edge, a depth-first search over the edges added so
# far checks whether its two ends are already connected.
def find_redundant_connection(edges):
    graph = {}
    for a, b in edges:
        seen = {a}
        stack = [a]
        while stack:
            v = stack.pop()
            if v == b:
                return [a, b]
            for w in graph.get(v, []):
                if w not in seen:
                    seen.add(w)
                    stack.append(w)
        graph.setdefault(a, []).append(b)
        graph.setdefault(b, []).append(a)
    return []
