def validate(input):
    n, pairs = input["num_courses"], input["prerequisites"]
    assert 1 <= n <= 10**5, f"num_courses = {n} is outside 1..10^5"
    assert len(pairs) <= 2 * 10**5, f"{len(pairs)} pairs, over 2 * 10^5"
    seen = set()
    for i, (a, b) in enumerate(pairs):
        assert 0 <= a < n and 0 <= b < n and a != b, f"prerequisites[{i}] = {[a, b]} is not a pair of two courses"
        assert (a, b) not in seen, f"prerequisites[{i}] repeats an earlier pair"
        seen.add((a, b))
