# LeetCode-style: class Solution, typing hints, no imports; rule out a wrong edge count first,
# then an iterative DFS from node 0 must visit every node.
class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        if len(edges) != n - 1:
            return False
        adj = collections.defaultdict(list)
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        visit = {0}
        stack = [0]
        while stack:
            node = stack.pop()
            for nei in adj[node]:
                if nei not in visit:
                    visit.add(nei)
                    stack.append(nei)
        return len(visit) == n
