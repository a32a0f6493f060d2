# class: O(n^2)
# problem: top-k-frequent-elements
# note: C-speed quadratic: nums.count(x) for every element, not just every distinct value
def top_k_frequent(nums, k):
    counts = {x: nums.count(x) for x in nums}
    return sorted(counts, key=counts.get, reverse=True)[:k]
