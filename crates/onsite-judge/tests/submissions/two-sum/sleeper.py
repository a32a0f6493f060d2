# expect: time_limit_exceeded
# message: wall time
import time

def two_sum(nums, target):
    time.sleep(60)
