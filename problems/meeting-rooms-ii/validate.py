def validate(input):
    intervals = input["intervals"]
    assert 1 <= len(intervals) <= 10**5, f"{len(intervals)} meetings is outside 1..10^5"
    for m in intervals:
        assert len(m) == 2, f"{m} is not [start, end]"
        assert 0 <= m[0] < m[1] <= 10**6, f"{m} breaks 0 <= start < end <= 10^6"
