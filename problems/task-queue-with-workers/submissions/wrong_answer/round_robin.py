def assign_tasks(tasks, workers):
    finish = [0] * workers
    result = []
    for i, (arrival, duration) in enumerate(tasks):
        w = i % workers
        finish[w] = max(finish[w], arrival) + duration
        result.append([w, finish[w]])
    return result
