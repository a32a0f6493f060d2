def check(input, expected, actual):
    n, pairs = input["num_courses"], input["prerequisites"]
    if not isinstance(actual, list):
        return False, "expected a list of course numbers"
    if expected == []:
        if actual == []:
            return True, ""
        return False, "some courses lie on a cycle of prerequisites, so no order exists: expected an empty list"
    if actual == []:
        return False, "every course can be completed, but an empty list was returned"
    if len(actual) != n:
        return False, f"the order lists {len(actual)} courses; there are {n}"
    position = {}
    for i, c in enumerate(actual):
        if not isinstance(c, int) or isinstance(c, bool) or not 0 <= c < n:
            return False, f"position {i} does not hold a course number from 0 to {n - 1}"
        if c in position:
            return False, f"course {c} appears twice"
        position[c] = i
    for course, before in pairs:
        if position[before] > position[course]:
            return False, f"course {course} comes before its prerequisite {before}"
    return True, ""
