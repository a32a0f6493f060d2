# LeetCode-style: class Solution, typing hints, no imports.
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        return Counter(s) == Counter(t)
