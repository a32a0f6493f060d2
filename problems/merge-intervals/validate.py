def validate(input):
    intervals = input["intervals"]
    assert 1 <= len(intervals) <= 10**4, f"{len(intervals)} intervals, outside 1..10^4"
    for i, iv in enumerate(intervals):
        assert len(iv) == 2, f"intervals[{i}] is not a pair"
        start, end = iv
        assert 0 <= start <= end <= 10**4, f"intervals[{i}] = {iv} is not 0 <= start <= end <= 10^4"
