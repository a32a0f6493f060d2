# LeetCode-style: backtracking over the positions with a path of letters; typing hints, no imports.
class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        phone = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]
        res, path = [], []

        def bt(i: int) -> None:
            if i == len(digits):
                res.append("".join(path))
                return
            for ch in phone[int(digits[i])]:
                path.append(ch)
                bt(i + 1)
                path.pop()

        bt(0)
        return res
