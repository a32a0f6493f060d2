def validate(input):
    points = input["points"]
    assert 1 <= len(points) <= 1000, f"{len(points)} points: need 1 to 1000"
    seen = set()
    for i, p in enumerate(points):
        assert len(p) == 2, f"points[{i}] is not a pair"
        x, y = p
        assert -10**6 <= x <= 10**6 and -10**6 <= y <= 10**6, f"points[{i}] = {p} is outside -10^6..10^6"
        assert (x, y) not in seen, f"points[{i}] = {p} repeats an earlier point"
        seen.add((x, y))
