def top_k_frequent(nums, k):
    distinct = list(dict.fromkeys(nums))
    distinct.sort(key=nums.count, reverse=True)
    return distinct[:k]
