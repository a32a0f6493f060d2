def _rooted_tree(n, edges):
    """Whether the edges [parent, child] form a tree rooted at the one node with no parent."""
    parents = [0] * (n + 1)
    children = [[] for _ in range(n + 1)]
    for u, v in edges:
        parents[v] += 1
        children[u].append(v)
    roots = [v for v in range(1, n + 1) if parents[v] == 0]
    if len(roots) != 1 or any(p > 1 for p in parents):
        return False
    seen, stack = 1, [roots[0]]
    while stack:
        for w in children[stack.pop()]:
            seen += 1
            stack.append(w)
    return seen == n


def validate(input):
    edges = input["edges"]
    n = len(edges)
    assert 3 <= n <= 10**5, f"{n} edges, outside 3..10^5"
    seen = set()
    for i, e in enumerate(edges):
        assert len(e) == 2, f"edges[{i}] is not a pair"
        u, v = e
        assert 1 <= u <= n and 1 <= v <= n, f"edges[{i}] = {e} names a node outside 1..{n}"
        assert u != v, f"edges[{i}] = {e} joins a node to itself"
        assert (u, v) not in seen, f"edges[{i}] = {e} repeats an earlier edge"
        seen.add((u, v))
    # The input must be a rooted tree plus one edge: some edge's removal leaves a rooted tree.
    # Any node with two parents must lose one of its two incoming edges; otherwise any edge
    # into a node on the cycle would do, and the first one that closes a cycle is such an edge.
    into = {}
    candidates = []
    for i, (u, v) in enumerate(edges):
        if v in into:
            candidates = [into[v], i]
            break
        into[v] = i
    if not candidates:
        root = list(range(n + 1))

        def find(x):
            while root[x] != x:
                root[x] = root[root[x]]
                x = root[x]
            return x

        for i, (u, v) in enumerate(edges):
            ru, rv = find(u), find(v)
            if ru == rv:
                candidates = [i]
                break
            root[ru] = rv
    ok = any(_rooted_tree(n, edges[:i] + edges[i + 1:]) for i in candidates)
    assert ok, "removing no single edge leaves a rooted tree"
