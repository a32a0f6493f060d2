# LeetCode-style: class Solution, typing hints, no imports; union-find with union by size and
# an iterative find that points every node on the path straight at the root.
class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        root = {}
        size = {}

        def find(v: int) -> int:
            root.setdefault(v, v)
            top = v
            while root[top] != top:
                top = root[top]
            while root[v] != top:
                root[v], v = top, root[v]
            return top

        for u, w in edges:
            ru, rw = find(u), find(w)
            if ru == rw:
                return [u, w]
            if size.get(ru, 1) < size.get(rw, 1):
                ru, rw = rw, ru
            root[rw] = ru
            size[ru] = size.get(ru, 1) + size.get(rw, 1)
        return []
