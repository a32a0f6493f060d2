# Simulates one interval at a time with a max-heap of counts and a queue of cooling tasks:
# O(log 26) per interval, about 10^6 intervals at worst.
import heapq
from collections import Counter, deque


def least_interval(tasks, n):
    ready = [-c for c in Counter(tasks).values()]
    heapq.heapify(ready)
    cooling = deque()  # (time it is ready again, negated count left)
    clock = 0
    while ready or cooling:
        if cooling and cooling[0][0] == clock:
            heapq.heappush(ready, cooling.popleft()[1])
        if ready:
            left = heapq.heappop(ready) + 1
            if left:
                cooling.append((clock + n + 1, left))
        clock += 1
    return clock
