def generate(n, rng, kind="random"):
    """n tasks. kind "random": arrivals 0-3 apart, durations up to 300, about n / 40
    workers (a queue builds up); "wide": 10^4 workers; "one": one worker; "burst": every
    task at time 0 and 10^4 workers; "priority" (for the follow-up): as random, with a
    priority 0-9 per task; "backlog": as random, with durations 5000-10^4, so that the queue
    never empties and every task waits for the worker that frees first."""
    n = max(n, 1)
    workers = {"wide": 10**4, "one": 1, "burst": 10**4}.get(kind, max(1, min(10**4, n // 40)))
    t, tasks = 0, []
    for _ in range(n):
        if kind != "burst":
            t += rng.randint(0, 3)
        task = [t, rng.randint(5000, 10**4) if kind == "backlog" else rng.randint(1, 300)]
        if kind == "priority":
            task.append(rng.randint(0, 9))
        tasks.append(task)
    return {"tasks": tasks, "workers": workers}
