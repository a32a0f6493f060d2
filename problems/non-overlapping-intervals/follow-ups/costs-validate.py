def validate(input):
    intervals = input["intervals"]
    assert 1 <= len(intervals) <= 10**5, f"{len(intervals)} intervals, outside 1..10^5"
    for i, iv in enumerate(intervals):
        assert len(iv) in (2, 3), f"intervals[{i}] is neither [start, end] nor [start, end, cost]"
        assert -5 * 10**4 <= iv[0] < iv[1] <= 5 * 10**4, (
            f"intervals[{i}] = {iv} is not -5 * 10^4 <= start < end <= 5 * 10^4")
        if len(iv) == 3:
            assert 1 <= iv[2] <= 10**4, f"intervals[{i}] has a cost outside 1..10^4"
