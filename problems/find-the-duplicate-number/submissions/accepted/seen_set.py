# A set of the values seen so far: O(n) time, O(n) extra space.
def find_duplicate(nums):
    seen = set()
    for x in nums:
        if x in seen:
            return x
        seen.add(x)
