# class: O(n^2)
# problem: missing-number
# note: C-speed quadratic: `i in nums` for every i in 0..n (no early exit); the positions of the present values sum to n(n-1)/2
def missing_number(nums):
    missing = None
    for i in range(len(nums) + 1):
        if i not in nums:
            missing = i
    return missing
