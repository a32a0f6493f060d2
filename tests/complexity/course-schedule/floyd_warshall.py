# class: O(n^3)
# problem: course-schedule
# note: transitive closure over all courses; a cycle puts a course before itself
def can_finish(num_courses, prerequisites):
    reach = [[False] * num_courses for _ in range(num_courses)]
    for course, before in prerequisites:
        reach[before][course] = True
    for k in range(num_courses):
        row_k = reach[k]
        for i in range(num_courses):
            if reach[i][k]:
                row_i = reach[i]
                for j in range(num_courses):
                    if row_k[j]:
                        row_i[j] = True
    return not any(reach[i][i] for i in range(num_courses))
