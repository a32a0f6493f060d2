# LeetCode-style: walk and turn clockwise when the next cell is off the grid or already read;
# read cells are marked in place with a value outside -100..100.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        rows, cols = len(matrix), len(matrix[0])
        dr, dc = [0, 1, 0, -1], [1, 0, -1, 0]
        r = c = d = 0
        result = []
        for _ in range(rows * cols):
            result.append(matrix[r][c])
            matrix[r][c] = 101
            nr, nc = r + dr[d], c + dc[d]
            if not (0 <= nr < rows and 0 <= nc < cols) or matrix[nr][nc] == 101:
                d = (d + 1) % 4
                nr, nc = r + dr[d], c + dc[d]
            r, c = nr, nc
        return result
