def validate(input):
    intervals, new = input["intervals"], input["new_interval"]
    assert 0 <= len(intervals) <= 10**4, f"{len(intervals)} intervals, outside 0..10^4"
    for i, iv in enumerate(intervals):
        assert len(iv) == 2, f"intervals[{i}] is not a pair"
        assert 0 <= iv[0] < iv[1] <= 10**5, f"intervals[{i}] = {iv} is not 0 <= start < end <= 10^5"
        if i > 0:
            assert intervals[i - 1][1] <= iv[0], (
                f"intervals[{i - 1}] and intervals[{i}] are not sorted and apart (each must end by the time the next starts)")
    assert len(new) == 2, "new_interval is not a pair"
    assert 0 <= new[0] < new[1] <= 10**5, f"new_interval = {new} is not 0 <= start < end <= 10^5"
