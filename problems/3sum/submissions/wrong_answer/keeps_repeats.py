# Bug: never skips repeated values, so the same triplet is reported several times.
def three_sum(nums):
    nums = sorted(nums)
    out = []
    for i in range(len(nums) - 2):
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s == 0:
                out.append([nums[i], nums[lo], nums[hi]])
                lo, hi = lo + 1, hi - 1
            elif s < 0:
                lo += 1
            else:
                hi -= 1
    return out
