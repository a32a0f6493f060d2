# class: O(n)
# problem: valid-palindrome
# note: LeetCode style: keeps the lowered alphanumerics and compares with the reverse
class Solution:
    def isPalindrome(self, s: str) -> bool:
        kept = [c.lower() for c in s if c.isalnum()]
        return kept == kept[::-1]
