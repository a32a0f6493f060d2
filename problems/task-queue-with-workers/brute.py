def assign_tasks(tasks, workers):
    finish = [0] * workers
    result = []
    for arrival, duration in tasks:
        idle = [w for w in range(workers) if finish[w] <= arrival]
        if idle:
            worker, start = idle[0], arrival
        else:
            worker = min(range(workers), key=lambda w: (finish[w], w))
            start = finish[worker]
        finish[worker] = start + duration
        result.append([worker, finish[worker]])
    return result
