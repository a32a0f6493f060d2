from collections import Counter


def validate(input):
    nums, k = input["nums"], input["k"]
    assert 1 <= len(nums) <= 10**5, f"len(nums) = {len(nums)} is outside 1..10^5"
    assert all(-10**4 <= x <= 10**4 for x in nums), "a value is outside -10^4..10^4"
    counts = sorted(Counter(nums).values(), reverse=True)
    assert 1 <= k <= len(counts), f"k = {k} is outside 1..{len(counts)} (distinct values)"
    assert k == len(counts) or counts[k - 1] > counts[k], "the top k is not unique"
