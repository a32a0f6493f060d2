# Bug: assumes the duplicate occurs exactly twice and every other value of 1..n once, so the
# sum minus 1 + 2 + ... + n would be the duplicate. With three copies some value is missing.
def find_duplicate(nums):
    n = len(nums) - 1
    return sum(nums) - n * (n + 1) // 2
