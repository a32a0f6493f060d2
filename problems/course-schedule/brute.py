def can_finish(num_courses, prerequisites):
    # Repeatedly scan for a course whose prerequisites are all done.
    done = set()
    remaining = set(range(num_courses))
    needs = {c: set() for c in range(num_courses)}
    for course, before in prerequisites:
        needs[course].add(before)
    progress = True
    while remaining and progress:
        progress = False
        for c in list(remaining):
            if needs[c] <= done:
                done.add(c)
                remaining.discard(c)
                progress = True
    return not remaining
