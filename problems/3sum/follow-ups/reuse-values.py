def three_sum(nums):
    # Only which values occur matters: two pointers over the distinct values, allowed to
    # start on the fixed value and to meet, so a value can fill several places.
    values = sorted(set(nums))
    found = []
    for i, a in enumerate(values):
        if a > 0:
            break
        lo, hi = i, len(values) - 1
        while lo <= hi:
            total = a + values[lo] + values[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                found.append([a, values[lo], values[hi]])
                lo += 1
                hi -= 1
    return found
