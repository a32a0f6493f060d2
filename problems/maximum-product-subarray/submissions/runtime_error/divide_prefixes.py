# Bug: the product of nums[i..j] as a quotient of two prefix products; a zero makes a prefix
# product 0, and dividing by it raises ZeroDivisionError.
def max_product(nums):
    prefix = [1]
    for x in nums:
        prefix.append(prefix[-1] * x)
    best = nums[0]
    for j in range(1, len(prefix)):
        for i in range(j):
            best = max(best, prefix[j] // prefix[i])
    return best
