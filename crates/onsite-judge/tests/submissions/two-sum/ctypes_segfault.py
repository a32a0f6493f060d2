# expect: runtime_error
# message: SIGSEGV
import ctypes

def two_sum(nums, target):
    return ctypes.string_at(0)
