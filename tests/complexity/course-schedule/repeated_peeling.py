# class: O(n^2)
# problem: course-schedule
# note: removes one course with no remaining prerequisite per pass, rescanning all edges each pass
def can_finish(num_courses, prerequisites):
    edges = list(prerequisites)
    remaining = set(range(num_courses))
    while remaining:
        blocked = {course for course, before in edges}
        free = next((c for c in remaining if c not in blocked), None)
        if free is None:
            return False
        remaining.discard(free)
        edges = [(c, b) for c, b in edges if b != free]
    return True
