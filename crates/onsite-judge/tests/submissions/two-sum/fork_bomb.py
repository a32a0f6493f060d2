# expect: blocked
# message: process limit reached
# Forks without end; the cage's pids cgroup refuses the 33rd process and the whole PID
# namespace is killed with the solution.
import os

def two_sum(nums, target):
    while True:
        os.fork()
