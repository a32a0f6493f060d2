# LeetCode-style: backtracking that checks each piece against its reverse; typing hints, no imports.
class Solution:
    def partition(self, s: str) -> List[List[str]]:
        res = []

        def dfs(i: int, cur: List[str]) -> None:
            if i == len(s):
                res.append(cur[:])
                return
            for j in range(i + 1, len(s) + 1):
                piece = s[i:j]
                if piece == piece[::-1]:
                    cur.append(piece)
                    dfs(j, cur)
                    cur.pop()

        dfs(0, [])
        return res
