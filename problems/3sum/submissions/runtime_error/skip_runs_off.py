# Bug: the loop that skips repeats of the left value does not stop at the end of the list.
def three_sum(nums):
    nums = sorted(nums)
    out = []
    for i in range(len(nums) - 2):
        if i > 0 and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s == 0:
                out.append([nums[i], nums[lo], nums[hi]])
                lo += 1
                while nums[lo] == nums[lo - 1]:
                    lo += 1
                hi -= 1
            elif s < 0:
                lo += 1
            else:
                hi -= 1
    return out
