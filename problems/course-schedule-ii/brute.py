def find_order(num_courses, prerequisites):
    # Repeatedly read every pair to find the courses still blocked, and take the smallest course
    # that is not: O(courses * pairs).
    taken = set()
    order = []
    while len(order) < num_courses:
        blocked = {course for course, before in prerequisites if before not in taken}
        free = [c for c in range(num_courses) if c not in taken and c not in blocked]
        if not free:
            return []
        taken.add(free[0])
        order.append(free[0])
    return order
