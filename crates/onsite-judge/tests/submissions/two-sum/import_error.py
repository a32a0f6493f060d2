# expect: runtime_error
# message: standard library only
import numpy_is_not_available_here

def two_sum(nums, target):
    return []
