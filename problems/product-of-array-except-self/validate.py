def validate(input):
    nums = input["nums"]
    assert 2 <= len(nums) <= 10**5, f"len(nums) = {len(nums)} is outside 2..10^5"
    assert all(-30 <= x <= 30 for x in nums), "a value is outside -30..30"
    magnitude = 1
    for x in nums:
        if x:
            magnitude *= abs(x)
    assert magnitude < 2**63, "a prefix or suffix product does not fit in 64 bits"
