# Explores each region once from the inside, with a queue, noting whether it touches the edge;
# only a fully explored region that never did is captured.
from collections import deque


def solve(board):
    rows, cols = len(board), len(board[0])
    seen = [[False] * cols for _ in range(rows)]
    for r0 in range(rows):
        for c0 in range(cols):
            if board[r0][c0] != "O" or seen[r0][c0]:
                continue
            seen[r0][c0] = True
            region = [(r0, c0)]
            queue = deque(region)
            on_edge = False
            while queue:
                r, c = queue.popleft()
                if r == 0 or c == 0 or r == rows - 1 or c == cols - 1:
                    on_edge = True
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == "O" and not seen[nr][nc]:
                        seen[nr][nc] = True
                        region.append((nr, nc))
                        queue.append((nr, nc))
            if not on_edge:
                for r, c in region:
                    board[r][c] = "X"
