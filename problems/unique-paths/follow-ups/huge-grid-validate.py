def validate(input):
    m, n = input["m"], input["n"]
    for name, v in (("m", m), ("n", n)):
        assert isinstance(v, int) and not isinstance(v, bool), f"{name} is not an integer"
        assert 1 <= v <= 10**5, f"{name} = {v} is outside 1..10^5"
