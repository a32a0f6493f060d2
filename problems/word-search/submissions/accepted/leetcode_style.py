# LeetCode-style: a recursive search from every cell, the cells of the current path kept in a
# set and taken out again on the way back.
class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        on_path = set()

        def search(i: int, j: int, k: int) -> bool:
            if k == len(word):
                return True
            if not (0 <= i < m and 0 <= j < n) or (i, j) in on_path or board[i][j] != word[k]:
                return False
            on_path.add((i, j))
            ok = (search(i + 1, j, k + 1) or search(i - 1, j, k + 1)
                  or search(i, j + 1, k + 1) or search(i, j - 1, k + 1))
            on_path.discard((i, j))
            return ok

        for i in range(m):
            for j in range(n):
                if search(i, j, 0):
                    return True
        return False
