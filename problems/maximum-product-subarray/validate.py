LOW, HIGH = -2**31, 2**31 - 1


def validate(input):
    nums = input["nums"]
    assert 1 <= len(nums) <= 2 * 10**4, f"len(nums) = {len(nums)} is outside 1..2 * 10^4"
    assert all(isinstance(x, int) and -10 <= x <= 10 for x in nums), "a value is outside -10..10"
    for name, values in (("prefix", nums), ("suffix", nums[::-1])):
        product = 1
        for k, x in enumerate(values):
            product *= x
            assert LOW <= product <= HIGH, f"the {name} of {k + 1} values has a product outside the 32-bit range"
            if product == 0:
                break
