# Bug: keeps only the running sums that stay above zero and takes the largest; with every
# value negative (or zero) there is none, and max() of an empty list raises ValueError.
def max_sub_array(nums):
    sums = []
    current = 0
    for x in nums:
        current = max(0, current + x)
        if current > 0:
            sums.append(current)
    return max(sums)
