class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        index = defaultdict(list)
        for i, x in enumerate(nums):
            index[x].append(i)
        for i, x in enumerate(nums):
            for j in index[target - x]:
                if j != i:
                    return [i, j]
        return []
