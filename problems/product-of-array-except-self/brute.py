def product_except_self(nums):
    answer = []
    for i in range(len(nums)):
        product = 1
        for j, x in enumerate(nums):
            if j != i:
                product *= x
        answer.append(product)
    return answer
