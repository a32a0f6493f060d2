# class: O(n)
# problem: two-sum
# note: LeetCode style: index every value, then look up complements
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        where = {}
        for i, x in enumerate(nums):
            where[x] = i
        for i, x in enumerate(nums):
            j = where.get(target - x)
            if j is not None and j != i:
                return [i, j]
        return []
