# Bug: a seen-array of size n indexed by the value, but values go up to n, so a value equal
# to n raises IndexError.
def find_duplicate(nums):
    seen = [False] * (len(nums) - 1)
    for x in nums:
        if seen[x]:
            return x
        seen[x] = True
