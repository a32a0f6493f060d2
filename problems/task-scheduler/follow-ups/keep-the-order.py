def least_interval(tasks, n):
    # Run each task as early as its own cooldown allows, in the given order.
    last_run = {}
    time = 0
    for task in tasks:
        if task in last_run:
            time = max(time, last_run[task] + n + 1)
        last_run[task] = time
        time += 1
    return time
