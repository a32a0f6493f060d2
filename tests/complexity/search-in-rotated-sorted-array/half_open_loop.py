# class: O(log n)
# problem: search-in-rotated-sorted-array
# note: half-open interval variant comparing with the first element
def search(nums, target):
    lo, hi = 0, len(nums)
    first = nums[0]
    while lo < hi:
        mid = lo + (hi - lo) // 2
        value = nums[mid]
        # Map both halves to one sorted order: values before the pivot count as "high".
        same_side = (value >= first) == (target >= first)
        if same_side:
            key = value
        else:
            key = float("inf") if target >= first else float("-inf")
        if key == target:
            return mid
        if key < target:
            lo = mid + 1
        else:
            hi = mid
    return -1
