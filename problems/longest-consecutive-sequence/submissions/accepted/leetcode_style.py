# LeetCode-style: class Solution, typing hints, no imports.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        num_set = set(nums)
        longest = 0
        for n in num_set:
            if n - 1 in num_set:
                continue
            length = 1
            while n + length in num_set:
                length += 1
            longest = max(longest, length)
        return longest
