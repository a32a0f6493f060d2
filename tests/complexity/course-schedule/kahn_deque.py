# class: O(n)
# problem: course-schedule
# note: Kahn's algorithm with a deque
from collections import deque

def can_finish(num_courses, prerequisites):
    after = [[] for _ in range(num_courses)]
    indegree = [0] * num_courses
    for course, before in prerequisites:
        after[before].append(course)
        indegree[course] += 1
    queue = deque(c for c in range(num_courses) if indegree[c] == 0)
    done = 0
    while queue:
        c = queue.popleft()
        done += 1
        for nxt in after[c]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                queue.append(nxt)
    return done == num_courses
