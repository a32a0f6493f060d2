def validate(input):
    n, edges = input["n"], input["edges"]
    assert 1 <= n <= 10**5, f"n = {n} is outside 1..10^5"
    assert len(edges) <= 2 * 10**5, f"{len(edges)} edges, over 2 * 10^5"
    for i, e in enumerate(edges):
        assert len(e) == 2, f"edges[{i}] is not a pair"
        a, b = e
        assert 0 <= a < n and 0 <= b < n, f"edges[{i}] = {e} names a node outside 0..{n - 1}"
        assert a != b, f"edges[{i}] = {e} joins a node to itself"
