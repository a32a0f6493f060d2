from math import comb


def validate(input):
    m, n = input["m"], input["n"]
    for name, v in (("m", m), ("n", n)):
        assert isinstance(v, int) and not isinstance(v, bool), f"{name} is not an integer"
        assert 1 <= v <= 100, f"{name} = {v} is outside 1..100"
    assert comb(m + n - 2, m - 1) <= 2 * 10**9, "the number of routes is above 2 * 10^9"
