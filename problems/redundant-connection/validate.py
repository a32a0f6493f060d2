def validate(input):
    edges = input["edges"]
    n = len(edges)
    assert 3 <= n <= 10**5, f"{n} edges, outside 3..10^5"
    seen = set()
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, e in enumerate(edges):
        assert len(e) == 2, f"edges[{i}] is not a pair"
        a, b = e
        assert 1 <= a <= n and 1 <= b <= n, f"edges[{i}] = {e} names a node outside 1..{n}"
        assert a != b, f"edges[{i}] = {e} joins a node to itself"
        key = (min(a, b), max(a, b))
        assert key not in seen, f"edges[{i}] = {e} repeats an earlier edge"
        seen.add(key)
        parent[find(a)] = find(b)
    roots = {find(v) for v in range(1, n + 1)}
    assert len(roots) == 1, f"the edges leave {len(roots)} separate groups of nodes, not one"
