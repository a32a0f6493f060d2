# Bug: treats any course seen before as a cycle, so a diamond looks impossible.
def can_finish(num_courses, prerequisites):
    graph = {c: [] for c in range(num_courses)}
    for a, b in prerequisites:
        graph[b].append(a)
    seen = set()

    def visit(c):
        if c in seen:
            return False
        seen.add(c)
        return all(visit(n) for n in graph[c])

    return all(visit(c) for c in range(num_courses) if c not in seen)
