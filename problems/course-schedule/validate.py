def validate(input):
    n, pairs = input["num_courses"], input["prerequisites"]
    assert 1 <= n <= 10**4, f"num_courses = {n} is outside 1..10^4"
    assert len(pairs) <= 5 * 10**4, f"{len(pairs)} prerequisites, over 5*10^4"
    seen = set()
    for i, pair in enumerate(pairs):
        assert len(pair) == 2, f"prerequisites[{i}] is not a pair"
        a, b = pair
        assert 0 <= a < n and 0 <= b < n, f"prerequisites[{i}] = {pair} names a course outside 0..{n - 1}"
        assert (a, b) not in seen, f"prerequisites[{i}] = {pair} repeats an earlier pair"
        seen.add((a, b))
