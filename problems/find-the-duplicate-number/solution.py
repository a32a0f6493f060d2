def find_duplicate(nums):
    # Read i -> nums[i] as a linked list from index 0: it runs into a cycle, and the cycle is
    # entered at the value two indices point to. Floyd: meet inside the cycle, then walk from
    # the start and from the meeting point in step. O(n) time, O(1) space, nums unchanged.
    slow = fast = 0
    while True:
        slow = nums[slow]
        fast = nums[nums[fast]]
        if slow == fast:
            break
    slow = 0
    while slow != fast:
        slow = nums[slow]
        fast = nums[fast]
    return slow
