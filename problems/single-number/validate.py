from collections import Counter


def validate(input):
    nums = input["nums"]
    assert 1 <= len(nums) <= 3 * 10**4 + 1, f"len(nums) = {len(nums)} is outside 1..3*10^4+1"
    assert all(-3 * 10**4 <= x <= 3 * 10**4 for x in nums), "a value is outside -3*10^4..3*10^4"
    counts = sorted(Counter(nums).values())
    assert counts.count(1) == 1 and all(c == 2 for c in counts if c != 1), "not every value but one appears exactly twice"
