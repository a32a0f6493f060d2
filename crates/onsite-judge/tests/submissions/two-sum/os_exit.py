# expect: runtime_error
# message: exited with code 0
import os

def two_sum(nums, target):
    os._exit(0)
