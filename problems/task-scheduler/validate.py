def validate(input):
    tasks, n = input["tasks"], input["n"]
    assert 1 <= len(tasks) <= 10**4, f"{len(tasks)} tasks, outside 1..10^4"
    assert all(len(t) == 1 and "A" <= t <= "Z" for t in tasks), "a task is not one uppercase letter"
    assert 0 <= n <= 100, f"n = {n} is outside 0..100"
