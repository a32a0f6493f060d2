class Solution:
    def longestPalindrome(self, s: str) -> str:
        def expand(left: int, right: int) -> Tuple[int, int]:
            while left >= 0 and right < len(s) and s[left] == s[right]:
                left -= 1
                right += 1
            return left + 1, right

        best = (0, 1)
        for i in range(len(s)):
            for span in (expand(i, i), expand(i, i + 1)):
                if span[1] - span[0] > best[1] - best[0]:
                    best = span
        return s[best[0]:best[1]]
