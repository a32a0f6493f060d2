# Bug: builds the graph only for courses that unlock something, then looks up every course.
def can_finish(num_courses, prerequisites):
    graph = {}
    for a, b in prerequisites:
        graph.setdefault(b, []).append(a)
    waiting = [0] * num_courses
    for a, _ in prerequisites:
        waiting[a] += 1
    ready = [c for c in range(num_courses) if waiting[c] == 0]
    taken = 0
    while ready:
        c = ready.pop()
        taken += 1
        for n in graph[c]:
            waiting[n] -= 1
            if waiting[n] == 0:
                ready.append(n)
    return taken == num_courses
