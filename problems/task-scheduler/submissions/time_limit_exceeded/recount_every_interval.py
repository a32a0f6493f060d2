# Correct but O(T) per interval: counts every letter in the remaining list each interval to
# pick the most plentiful ready one.
def least_interval(tasks, n):
    remaining = list(tasks)
    last_run = {}
    clock = 0
    while remaining:
        best, best_count = None, 0
        for task in set(remaining):
            if task in last_run and clock - last_run[task] <= n:
                continue
            c = remaining.count(task)
            if c > best_count:
                best, best_count = task, c
        if best is not None:
            remaining.remove(best)
            last_run[best] = clock
        clock += 1
    return clock
