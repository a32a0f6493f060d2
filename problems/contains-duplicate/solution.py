def contains_duplicate(nums):
    # A set remembers what has been seen in O(1) per lookup.
    seen = set()
    for x in nums:
        if x in seen:
            return True
        seen.add(x)
    return False
