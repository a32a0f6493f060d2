# LeetCode-style: class Solution, typing hints; tests each of the 32 bit positions.
class Solution:
    def hammingWeight(self, n: int) -> int:
        count = 0
        for i in range(32):
            count += (n >> i) & 1
        return count
