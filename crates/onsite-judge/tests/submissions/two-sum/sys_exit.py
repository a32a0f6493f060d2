# expect: runtime_error
# message: sys.exit
import sys

def two_sum(nums, target):
    sys.exit(0)
