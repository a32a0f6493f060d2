# expect: time_limit_exceeded | runtime_error
# Returns the right answer but leaves a thread spinning; its CPU time is the process's, so the
# following tests run out of time instead of passing on borrowed time. On a machine saturated by
# other work the spinners get so little CPU that a few dozen of them pile up first, and the
# cage's task limit refuses the next thread ("can't start new thread"): never accepted either way.
import threading

def spin():
    while True:
        pass

def two_sum(nums, target):
    threading.Thread(target=spin, daemon=True).start()
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
