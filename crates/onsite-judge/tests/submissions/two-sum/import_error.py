# expect: runtime_error
# message: while loading the file
import numpy_is_not_available_here

def two_sum(nums, target):
    return []
