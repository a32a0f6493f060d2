# class: O(n)
# problem: contains-duplicate
# note: LeetCode style: stops at the first repeat
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        seen = set()
        for x in nums:
            if x in seen:
                return True
            seen.add(x)
        return False
