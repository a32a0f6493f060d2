def top_k_frequent(nums, k):
    values = []
    for v in nums:
        if v not in values:
            values.append(v)
    values.sort(key=lambda v: -nums.count(v))
    return values[:k]
