# LeetCode-style: choose how many copies of each distinct value to take; typing hints, no imports.
class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        counts = sorted(Counter(nums).items())
        res = []

        def go(k: int, cur: List[int]) -> None:
            if k == len(counts):
                res.append(cur)
                return
            value, times = counts[k]
            for c in range(times + 1):
                go(k + 1, cur + [value] * c)

        go(0, [])
        return res
