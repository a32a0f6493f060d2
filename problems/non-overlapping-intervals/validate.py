def validate(input):
    intervals = input["intervals"]
    assert 1 <= len(intervals) <= 10**5, f"{len(intervals)} intervals, outside 1..10^5"
    for i, iv in enumerate(intervals):
        assert len(iv) == 2, f"intervals[{i}] is not a pair"
        assert -5 * 10**4 <= iv[0] < iv[1] <= 5 * 10**4, (
            f"intervals[{i}] = {iv} is not -5 * 10^4 <= start < end <= 5 * 10^4")
