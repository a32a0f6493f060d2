# Correct but quadratic: rescans the whole pair list every time it takes one course.
def can_finish(num_courses, prerequisites):
    taken = [False] * num_courses
    for _ in range(num_courses):
        for c in range(num_courses):
            if not taken[c] and all(taken[b] for a, b in prerequisites if a == c):
                taken[c] = True
                break
        else:
            return False
    return True
