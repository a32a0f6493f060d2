def product_except_self(nums):
    # Prefix products written into the answer, then one running suffix product.
    n = len(nums)
    answer = [1] * n
    for i in range(1, n):
        answer[i] = answer[i - 1] * nums[i - 1]
    after = 1
    for i in range(n - 1, -1, -1):
        answer[i] *= after
        after *= nums[i]
    return answer
