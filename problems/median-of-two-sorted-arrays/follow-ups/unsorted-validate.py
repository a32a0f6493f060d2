def validate(input):
    nums1, nums2 = input["nums1"], input["nums2"]
    assert 0 <= len(nums1) <= 1000, f"len(nums1) = {len(nums1)} is outside 0..1000"
    assert 0 <= len(nums2) <= 1000, f"len(nums2) = {len(nums2)} is outside 0..1000"
    assert len(nums1) + len(nums2) >= 1, "both lists are empty"
    for name, nums in (("nums1", nums1), ("nums2", nums2)):
        assert all(isinstance(x, int) and -10**6 <= x <= 10**6 for x in nums), f"a value of {name} is outside -10^6..10^6"
