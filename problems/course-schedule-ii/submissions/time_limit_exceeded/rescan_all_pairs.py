# Correct but O(courses * pairs): each round reads every pair to find a course whose
# prerequisites are all taken, and takes just that one.
def find_order(num_courses, prerequisites):
    taken = [False] * num_courses
    order = []
    for _ in range(num_courses):
        blocked = [False] * num_courses
        for course, before in prerequisites:
            if not taken[before]:
                blocked[course] = True
        pick = next((c for c in range(num_courses) if not taken[c] and not blocked[c]), None)
        if pick is None:
            return []
        taken[pick] = True
        order.append(pick)
    return order
