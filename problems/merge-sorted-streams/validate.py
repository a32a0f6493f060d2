def validate(input):
    streams = input["streams"]
    assert len(streams) <= 1000, f"{len(streams)} streams, over 1000"
    total = 0
    for i, s in enumerate(streams):
        if "count_from" in s:
            continue
        items = s["items"]
        total += len(items)
        assert items == sorted(items), f"stream {i} is not in non-decreasing order"
        assert all(-10**9 <= x <= 10**9 for x in items), f"stream {i} has an item out of range"
    assert total <= 10**5, f"{total} finite items, over 10^5"
