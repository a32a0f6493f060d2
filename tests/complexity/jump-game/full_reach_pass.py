# class: O(n)
# problem: jump-game
# note: farthest reach over the whole list, no early exit; the random inputs here are usually blocked within the first few dozen positions, so a solution that stopped there would be near constant
def can_jump(nums):
    reach = 0
    for i, x in enumerate(nums):
        if i <= reach and i + x > reach:
            reach = i + x
    return reach >= len(nums) - 1
