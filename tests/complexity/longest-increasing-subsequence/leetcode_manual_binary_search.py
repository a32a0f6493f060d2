# class: O(n log n)
# problem: longest-increasing-subsequence
# note: LeetCode style: patience tails with a hand-written binary search (pure Python, about ½ log2 n + 1 steps per value on random input)
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails = []
        for x in nums:
            lo, hi = 0, len(tails)
            while lo < hi:
                mid = (lo + hi) // 2
                if tails[mid] < x:
                    lo = mid + 1
                else:
                    hi = mid
            if lo == len(tails):
                tails.append(x)
            else:
                tails[lo] = x
        return len(tails)
