def validate(input):
    n, flights = input["n"], input["flights"]
    src, dst, k = input["src"], input["dst"], input["k"]
    assert 2 <= n <= 10**4, f"n = {n} is outside 2..10^4"
    assert len(flights) <= 5 * 10**4, f"{len(flights)} flights, over 5 * 10^4"
    assert 0 <= src < n and 0 <= dst < n and src != dst, f"src = {src}, dst = {dst}: need two different cities"
    assert k == n - 1, f"k = {k}: this follow-up sets k = n - 1"
    seen = set()
    for i, f in enumerate(flights):
        assert len(f) == 3, f"flights[{i}] is not [from, to, price]"
        a, b, price = f
        assert 0 <= a < n and 0 <= b < n and a != b, f"flights[{i}] = {f} has a bad end"
        assert 1 <= price <= 10**4, f"flights[{i}] = {f} has a price outside 1..10^4"
        assert (a, b) not in seen, f"flights[{i}] = {f} repeats a flight from {a} to {b}"
        seen.add((a, b))
