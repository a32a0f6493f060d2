# class: O(n)
# problem: course-schedule
# note: recursive three-colour DFS looking for a back edge (deep on long chains, each course and pair once)
def can_finish(num_courses, prerequisites):
    after = [[] for _ in range(num_courses)]
    for course, before in prerequisites:
        after[before].append(course)
    state = [0] * num_courses

    def cyclic(u):
        state[u] = 1
        for v in after[u]:
            if state[v] == 1 or (state[v] == 0 and cyclic(v)):
                return True
        state[u] = 2
        return False

    return not any(state[c] == 0 and cyclic(c) for c in range(num_courses))
