# class: O(2^n)
# problem: subsets
# note: LeetCode style: backtracking, recording the path at every node of the include/skip tree
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        out, path = [], []

        def go(i):
            out.append(path[:])
            for j in range(i, len(nums)):
                path.append(nums[j])
                go(j + 1)
                path.pop()

        go(0)
        return out
