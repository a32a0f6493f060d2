# class: O(n^2)
# problem: minimum-path-sum
# note: LeetCode style: one row of best sums updated left to right; n x n cells (n rows of 1 to 6 columns up to n = 12)
class Solution:
    def minPathSum(self, grid: List[List[int]]) -> int:
        cols = len(grid[0])
        best = [0] + [float("inf")] * (cols - 1)
        for row in grid:
            best[0] += row[0]
            for c in range(1, cols):
                best[c] = min(best[c], best[c - 1]) + row[c]
        return best[-1]
