def validate(input):
    ops, args = input["operations"], input["arguments"]
    assert len(ops) == len(args), "operations and arguments differ in length"
    assert ops and ops[0] == "KthLargest", "the first operation must construct the object"
    assert len(args[0]) == 2, "the constructor takes k and nums"
    k, nums = args[0]
    assert len(nums) <= 10**4, f"len(nums) = {len(nums)}, over 10^4"
    assert 1 <= k <= min(len(nums) + 1, 10**4), f"k = {k} is outside 1..len(nums) + 1"
    assert all(-10**4 <= x <= 10**4 for x in nums), "a value of nums is outside -10^4..10^4"
    assert len(ops) - 1 <= 10**4, f"{len(ops) - 1} calls to add, over 10^4"
    for i, (op, a) in enumerate(zip(ops[1:], args[1:]), 1):
        assert op == "add", f"call {i}: unknown operation {op}"
        assert len(a) == 1 and -10**4 <= a[0] <= 10**4, f"call {i}: add of a value outside -10^4..10^4"
