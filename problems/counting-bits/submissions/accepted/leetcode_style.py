# LeetCode-style: class Solution, typing hints; i & (i - 1) drops the lowest set bit of i.
class Solution:
    def countBits(self, n: int) -> List[int]:
        ans = [0] * (n + 1)
        for i in range(1, n + 1):
            ans[i] = ans[i & (i - 1)] + 1
        return ans
