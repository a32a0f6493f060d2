# class: O(n^2)
# problem: partition-equal-subset-sum
# note: LeetCode style: one boolean row over sums 0..total/2 (about 25n), updated right to left for each value, no early exit
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        half = total // 2
        can = [True] + [False] * half
        for x in nums:
            for s in range(half, x - 1, -1):
                if can[s - x]:
                    can[s] = True
        return total % 2 == 0 and can[half]
