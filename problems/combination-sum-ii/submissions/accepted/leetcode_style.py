# LeetCode-style: sort, then branch on how many copies of each distinct value to take.
class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        counts = sorted(Counter(candidates).items())
        res = []

        def go(k: int, left: int, cur: List[int]) -> None:
            if left == 0:
                res.append(cur)
                return
            if k == len(counts) or counts[k][0] > left:
                return
            value, times = counts[k]
            for c in range(min(times, left // value), -1, -1):
                go(k + 1, left - c * value, cur + [value] * c)

        go(0, target, [])
        return res
