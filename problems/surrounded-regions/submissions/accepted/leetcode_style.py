# LeetCode-style: class Solution; marks the border regions "T" with an explicit stack, then
# maps "O" -> "X" and "T" -> "O" in one pass.
class Solution:
    def solve(self, board: List[List[str]]) -> None:
        ROWS, COLS = len(board), len(board[0])

        def capture(r, c):
            stack = [(r, c)]
            while stack:
                r, c = stack.pop()
                if r < 0 or c < 0 or r == ROWS or c == COLS or board[r][c] != "O":
                    continue
                board[r][c] = "T"
                stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])

        for r in range(ROWS):
            for c in range(COLS):
                if board[r][c] == "O" and (r in [0, ROWS - 1] or c in [0, COLS - 1]):
                    capture(r, c)

        for r in range(ROWS):
            for c in range(COLS):
                if board[r][c] == "O":
                    board[r][c] = "X"
                elif board[r][c] == "T":
                    board[r][c] = "O"
