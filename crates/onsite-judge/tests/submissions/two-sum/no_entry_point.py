# expect: runtime_error
# message: no entry point
def twosum(nums, target):
    return []
