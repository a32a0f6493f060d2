# Bug: builds the neighbour lists as a dict holding only nodes that appear in some edge, then
# starts the search at node 0: KeyError when node 0 has no edge (a single node, for one).
def valid_tree(n, edges):
    if len(edges) != n - 1:
        return False
    graph = {}
    for a, b in edges:
        graph.setdefault(a, []).append(b)
        graph.setdefault(b, []).append(a)
    seen = {0}
    stack = [0]
    while stack:
        for w in graph[stack.pop()]:
            if w not in seen:
                seen.add(w)
                stack.append(w)
    return len(seen) == n
