# Bug: returns the courses it managed to order even when a cycle blocks the rest, instead of
# an empty list.
from collections import deque


def find_order(num_courses, prerequisites):
    unlocks = [[] for _ in range(num_courses)]
    unmet = [0] * num_courses
    for course, before in prerequisites:
        unlocks[before].append(course)
        unmet[course] += 1
    ready = deque(c for c in range(num_courses) if unmet[c] == 0)
    order = []
    while ready:
        c = ready.popleft()
        order.append(c)
        for nxt in unlocks[c]:
            unmet[nxt] -= 1
            if unmet[nxt] == 0:
                ready.append(nxt)
    return order
