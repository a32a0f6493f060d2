from collections import Counter


def validate(input):
    nums = input["nums"]
    n = len(nums) - 1
    assert 1 <= n <= 10**5, f"len(nums) = {len(nums)}: n = len(nums) - 1 must be in 1..10^5"
    assert all(1 <= x <= n for x in nums), f"a value is outside 1..{n}"
    repeated = [v for v, c in Counter(nums).items() if c > 1]
    assert len(repeated) == 1, f"{len(repeated)} values repeat; exactly one must"
