# Bug: the scan reads one past the end when there is no duplicate.
def contains_duplicate(nums):
    s = sorted(nums)
    for i in range(len(s)):
        if s[i] == s[i + 1]:
            return True
    return False
