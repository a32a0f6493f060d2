# LeetCode-style: depth-first over (letters used from s1, letters used from s2), with a
# memo so each pair is explored once.
class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        if len(s1) + len(s2) != len(s3):
            return False

        @cache
        def can(i: int, j: int) -> bool:
            if i + j == len(s3):
                return True
            k = i + j
            if i < len(s1) and s1[i] == s3[k] and can(i + 1, j):
                return True
            return j < len(s2) and s2[j] == s3[k] and can(i, j + 1)

        return can(0, 0)
