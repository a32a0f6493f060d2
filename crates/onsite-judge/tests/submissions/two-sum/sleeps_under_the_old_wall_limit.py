# expect: time_limit_exceeded
# message: wall time
# wall-within: 8
# Sleeps 2.5 s per call: no CPU time at all, and under the old per-test wall budget (three
# times the CPU limit plus a second), so it was accepted while holding a worker for minutes.
# A tight wall limit per test catches the first call, and the run stops there.
import time

def two_sum(nums, target):
    time.sleep(2.5)
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
