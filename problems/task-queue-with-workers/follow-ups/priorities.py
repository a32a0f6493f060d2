import heapq


def assign_tasks(tasks, workers):
    free = list(range(workers))
    busy = []
    waiting = []
    result = [None] * len(tasks)
    i, n = 0, len(tasks)
    now = tasks[0][0] if tasks else 0
    while i < n or waiting:
        if not waiting and i < n:
            now = max(now, tasks[i][0])
        elif not free:
            now = max(now, busy[0][0])
        while busy and busy[0][0] <= now:
            _, w = heapq.heappop(busy)
            heapq.heappush(free, w)
        while i < n and tasks[i][0] <= now:
            arrival, _, priority = tasks[i]
            heapq.heappush(waiting, (-priority, arrival, i))
            i += 1
        while free and waiting:
            _, _, k = heapq.heappop(waiting)
            w = heapq.heappop(free)
            finish = now + tasks[k][1]
            heapq.heappush(busy, (finish, w))
            result[k] = [w, finish]
        if waiting and not free:
            now = busy[0][0]
    return result
