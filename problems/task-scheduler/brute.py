from collections import Counter


def least_interval(tasks, n):
    # Simulate one interval at a time: run the ready task with the most copies left, or idle.
    # Recounting the remaining tasks every interval makes it O(T) per interval.
    remaining = list(tasks)
    last_run = {}
    time = 0
    while remaining:
        counts = Counter(remaining)
        best = None
        for task, c in counts.items():
            ready = task not in last_run or time - last_run[task] > n
            if ready and (best is None or c > counts[best]):
                best = task
        if best is not None:
            remaining.remove(best)
            last_run[best] = time
        time += 1
    return time
