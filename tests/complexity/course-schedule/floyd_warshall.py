# class: O(n^3)
# problem: course-schedule
# note: transitive closure over all courses (every k, i, j visited); a cycle puts a course before itself
def can_finish(num_courses, prerequisites):
    reach = [[False] * num_courses for _ in range(num_courses)]
    for course, before in prerequisites:
        reach[before][course] = True
    for k in range(num_courses):
        row_k = reach[k]
        for i in range(num_courses):
            row_i = reach[i]
            through_k = row_i[k]
            for j in range(num_courses):
                row_i[j] = row_i[j] or (through_k and row_k[j])
    return not any(reach[i][i] for i in range(num_courses))
