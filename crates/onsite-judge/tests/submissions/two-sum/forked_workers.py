# expect: time_limit_exceeded
# Returns the right answer, but first spreads a brute force's worth of work (about 2 s of CPU
# in all) over four forked children while the parent only waits. The children's CPU time is
# the cage's: it counts against the test's limit as if the parent had done the work itself.
# (On a machine busy enough, the test's wall limit may stop it first; either way it is a time
# limit exceeded, where without the cage's accounting it was accepted.)
import os

def burn():
    x = 0
    for _ in range(24_000_000):
        x += 1
    return x

def two_sum(nums, target):
    children = []
    for _ in range(4):
        pid = os.fork()
        if pid == 0:
            burn()
            os._exit(0)
        children.append(pid)
    for pid in children:
        os.waitpid(pid, 0)
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
