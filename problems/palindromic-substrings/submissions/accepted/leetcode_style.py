class Solution:
    def countSubstrings(self, s: str) -> int:
        def around(left: int, right: int) -> int:
            found = 0
            while left >= 0 and right < len(s) and s[left] == s[right]:
                found += 1
                left -= 1
                right += 1
            return found

        return sum(around(i, i) + around(i, i + 1) for i in range(len(s)))
