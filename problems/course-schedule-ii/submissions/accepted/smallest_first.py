# Kahn's algorithm with a heap: always takes the smallest available course, so it returns a
# different (the lexicographically smallest) valid order.
import heapq


def find_order(num_courses, prerequisites):
    unlocks = [[] for _ in range(num_courses)]
    unmet = [0] * num_courses
    for course, before in prerequisites:
        unlocks[before].append(course)
        unmet[course] += 1
    ready = [c for c in range(num_courses) if unmet[c] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        c = heapq.heappop(ready)
        order.append(c)
        for nxt in unlocks[c]:
            unmet[nxt] -= 1
            if unmet[nxt] == 0:
                heapq.heappush(ready, nxt)
    return order if len(order) == num_courses else []
