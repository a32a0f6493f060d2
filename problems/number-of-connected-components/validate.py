def validate(input):
    n, edges = input["n"], input["edges"]
    assert 1 <= n <= 10**5, f"n = {n} is outside 1..10^5"
    assert len(edges) <= 2 * 10**5, f"{len(edges)} edges, over 2 * 10^5"
    for e in edges:
        assert len(e) == 2 and 0 <= e[0] < n and 0 <= e[1] < n, f"edge {e} is not two nodes below n"
        assert e[0] != e[1], f"edge {e} is a self-loop"
