# class: O(n)
# problem: longest-substring-without-repeating-characters
# note: LeetCode style: window kept as a set, shrunk from the left
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window = set()
        left = best = 0
        for ch in s:
            while ch in window:
                window.remove(s[left])
                left += 1
            window.add(ch)
            best = max(best, len(window))
        return best
