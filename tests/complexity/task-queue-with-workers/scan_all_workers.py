# class: O(n^2)
# problem: task-queue-with-workers
# note: C-speed quadratic: a list of each worker's free time, scanned with min() and index() for every task; the generator uses about n/40 workers
def assign_tasks(tasks, workers):
    free_at = [0] * workers
    out = []
    for arrival, duration in tasks:
        soonest = min(free_at)
        if soonest <= arrival:
            w = next(i for i, t in enumerate(free_at) if t <= arrival)
            finish = arrival + duration
        else:
            w = free_at.index(soonest)
            finish = soonest + duration
        free_at[w] = finish
        out.append([w, finish])
    return out
