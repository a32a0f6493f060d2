# LeetCode-style: class Solution, typing hints, no imports; a cached recursive search.
class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        m, n = len(matrix), len(matrix[0])

        @cache
        def go(i: int, j: int) -> int:
            res = 1
            for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= x < m and 0 <= y < n and matrix[x][y] > matrix[i][j]:
                    res = max(res, go(x, y) + 1)
            return res

        ans = 0
        for i in range(m):
            for j in range(n):
                ans = max(ans, go(i, j))
        return ans
