# class: O(n)
# problem: top-k-frequent-elements
# note: LeetCode style: Counter.most_common(k); the default inputs hold about √(2n) distinct values, so ranking them costs o(n) and counting dominates
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        return [value for value, _ in Counter(nums).most_common(k)]
