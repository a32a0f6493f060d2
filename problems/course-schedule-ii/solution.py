from collections import deque


def find_order(num_courses, prerequisites):
    # Kahn's algorithm: take courses whose prerequisites are all taken; each taken course
    # lowers the count of unmet prerequisites of the courses it unlocks.
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
    return order if len(order) == num_courses else []
