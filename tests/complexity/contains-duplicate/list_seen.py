# class: O(n^2)
# problem: contains-duplicate
# note: keeps seen values in a list and tests membership
def contains_duplicate(nums):
    seen = []
    for x in nums:
        if x in seen:
            return True
        seen.append(x)
    return False
