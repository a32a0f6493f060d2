import heapq


def assign_tasks(tasks, workers):
    free = list(range(workers))
    busy = []
    result = []
    for arrival, duration in tasks:
        while busy and busy[0][0] <= arrival:
            _, worker = heapq.heappop(busy)
            heapq.heappush(free, worker)
        if free:
            worker = heapq.heappop(free)
            finish = arrival + duration
        else:
            start, worker = heapq.heappop(busy)
            finish = start + duration
        heapq.heappush(busy, (finish, worker))
        result.append([worker, finish])
    return result
