# Bug: the swap loop runs one index too far and reads past the end of the list.
def permute(nums):
    result = []

    def go(start):
        if start == len(nums):
            result.append(nums[:])
            return
        for i in range(start, len(nums) + 1):
            nums[start], nums[i] = nums[i], nums[start]
            go(start + 1)
            nums[start], nums[i] = nums[i], nums[start]

    go(0)
    return result
