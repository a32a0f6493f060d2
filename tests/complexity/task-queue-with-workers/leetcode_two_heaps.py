# class: O(n log n)
# problem: task-queue-with-workers
# note: LeetCode style: a heap of free worker ids and a heap of (finish, worker) for busy ones; about n/40 workers here, so each task's heap operations cost log n
class Solution:
    def assignTasks(self, tasks: List[List[int]], workers: int) -> List[List[int]]:
        idle = list(range(workers))
        running = []
        out = []
        for arrival, duration in tasks:
            while running and running[0][0] <= arrival:
                heapq.heappush(idle, heapq.heappop(running)[1])
            if idle:
                w = heapq.heappop(idle)
                finish = arrival + duration
            else:
                free_at, w = heapq.heappop(running)
                finish = free_at + duration
            heapq.heappush(running, (finish, w))
            out.append([w, finish])
        return out
