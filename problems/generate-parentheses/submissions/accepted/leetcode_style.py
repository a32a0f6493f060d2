# LeetCode-style: backtracking on the counts of '(' and ')' used, building new strings as it goes.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        res = []

        def go(s: str, left: int, right: int) -> None:
            if len(s) == 2 * n:
                res.append(s)
                return
            if left < n:
                go(s + "(", left + 1, right)
            if right < left:
                go(s + ")", left, right + 1)

        go("", 0, 0)
        return res
