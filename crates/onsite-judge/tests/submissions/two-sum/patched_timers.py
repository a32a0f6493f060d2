# expect: time_limit_exceeded
# Stops every clock it can reach; the judge reads CPU time from the kernel instead.
import time

time.perf_counter = lambda: 0.0
time.process_time = lambda: 0.0
time.time = lambda: 0.0
time.monotonic = lambda: 0.0

def two_sum(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
