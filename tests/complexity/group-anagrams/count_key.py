# class: O(n)
# problem: group-anagrams
# note: LeetCode style: groups by a 26-letter count tuple
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = {}
        for w in strs:
            counts = [0] * 26
            for ch in w:
                counts[ord(ch) - 97] += 1
            groups.setdefault(tuple(counts), []).append(w)
        return list(groups.values())
