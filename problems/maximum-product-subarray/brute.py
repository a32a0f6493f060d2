def max_product(nums):
    # Every subarray, its product extended one value at a time: O(n^2).
    best = nums[0]
    for i in range(len(nums)):
        product = 1
        for j in range(i, len(nums)):
            product *= nums[j]
            if product > best:
                best = product
    return best
