# expect: blocked | time_limit_exceeded
# wall-within: 8
# Forks until the process limit refuses, every child spinning, the parent waiting: each test
# used to wait for its whole wall budget with 32 spinning processes. After a hostile verdict
# the run stops, and the remaining tests are reported as not run.
import os

def two_sum(nums, target):
    while True:
        try:
            if os.fork() == 0:
                while True:
                    pass
        except OSError:
            break
    os.wait()
    return [0, 1]
