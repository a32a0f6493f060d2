def validate(input):
    intervals = input["intervals"]
    assert 0 <= len(intervals) <= 10**4, f"{len(intervals)} meetings, outside 0..10^4"
    for i, m in enumerate(intervals):
        assert len(m) == 2, f"intervals[{i}] is not [start, end]"
        assert 0 <= m[0] < m[1] <= 10**6, f"intervals[{i}] = {m} breaks 0 <= start < end <= 10^6"
