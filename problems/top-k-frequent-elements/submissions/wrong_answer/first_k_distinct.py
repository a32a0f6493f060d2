def top_k_frequent(nums, k):
    seen = []
    for v in nums:
        if v not in seen:
            seen.append(v)
    return seen[:k]
