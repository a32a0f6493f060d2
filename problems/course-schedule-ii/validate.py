def validate(input):
    n, pairs = input["num_courses"], input["prerequisites"]
    assert 1 <= n <= 2000, f"num_courses = {n} is outside 1..2000"
    assert len(pairs) <= n * (n - 1), f"{len(pairs)} pairs, over num_courses * (num_courses - 1)"
    seen = set()
    for i, pair in enumerate(pairs):
        assert len(pair) == 2, f"prerequisites[{i}] is not a pair"
        a, b = pair
        assert 0 <= a < n and 0 <= b < n, f"prerequisites[{i}] = {pair} names a course outside 0..{n - 1}"
        assert a != b, f"prerequisites[{i}] = {pair} makes a course its own prerequisite"
        assert (a, b) not in seen, f"prerequisites[{i}] = {pair} repeats an earlier pair"
        seen.add((a, b))
