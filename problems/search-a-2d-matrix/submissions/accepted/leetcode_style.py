# LeetCode-style: find the row by binary search on the first column, then search inside it.
class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        top, bottom = 0, len(matrix) - 1
        while top < bottom:
            mid = (top + bottom + 1) // 2
            if matrix[mid][0] <= target:
                top = mid
            else:
                bottom = mid - 1
        row = matrix[top]
        i = bisect_left(row, target)
        return i < len(row) and row[i] == target
