def assign_tasks(tasks, workers):
    finish = [0] * workers
    out = []
    for arrival, duration in tasks:
        best = None
        for w in range(workers):
            if finish[w] <= arrival:
                best = w
                break
        if best is None:
            best = min(range(workers), key=lambda w: (finish[w], w))
        finish[best] = max(finish[best], arrival) + duration
        out.append([best, finish[best]])
    return out
