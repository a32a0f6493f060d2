# LeetCode-style: class Solution, typing hints; bit i of n goes to bit 31 - i.
class Solution:
    def reverseBits(self, n: int) -> int:
        res = 0
        for i in range(32):
            res |= ((n >> i) & 1) << (31 - i)
        return res
