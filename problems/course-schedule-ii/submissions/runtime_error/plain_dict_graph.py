# Bug: fills the graph as a plain dict with only the courses that unlock something, then reads
# it for every course: KeyError on a course that unlocks nothing.
from collections import deque


def find_order(num_courses, prerequisites):
    unlocks = {}
    unmet = [0] * num_courses
    for course, before in prerequisites:
        unlocks.setdefault(before, []).append(course)
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
    return order if len(order) == num_courses else []
