def validate(input):
    tasks, workers = input["tasks"], input["workers"]
    assert 1 <= len(tasks) <= 10**5, f"{len(tasks)} tasks is outside 1..10^5"
    assert 1 <= workers <= 10**4, f"{workers} workers is outside 1..10^4"
    last = 0
    for i, task in enumerate(tasks):
        assert len(task) == 2, f"task {i} is not [arrival, duration]"
        arrival, duration = task
        assert last <= arrival <= 10**9, f"task {i}: arrivals must not decrease (within 0..10^9)"
        assert 1 <= duration <= 10**4, f"task {i}: duration outside 1..10^4"
        last = arrival
