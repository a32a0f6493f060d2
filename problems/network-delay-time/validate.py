def validate(input):
    times, n, k = input["times"], input["n"], input["k"]
    assert 1 <= k <= n <= 10**4, f"n = {n}, k = {k}: need 1 <= k <= n <= 10^4"
    assert len(times) <= 6 * 10**4, f"{len(times)} links, over 6 * 10^4"
    seen = set()
    for t in times:
        u, v, w = t
        assert 1 <= u <= n and 1 <= v <= n and u != v, f"link {t} has a bad end"
        assert 0 <= w <= 100, f"link {t} has a time outside 0..100"
        assert (u, v) not in seen, f"two links from {u} to {v}"
        seen.add((u, v))
