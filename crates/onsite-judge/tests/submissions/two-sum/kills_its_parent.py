# expect: wrong_answer
# Signals everything it can name: its parent, its process group, every process it can see.
# In the cage it is PID 1 of its own namespace, which ignores its own signals: it survives,
# returns nothing (a wrong answer), and neither the judge nor anything on the host is touched.
import os
import signal

def two_sum(nums, target):
    for target_pid in (os.getppid(), 0, -1):
        try:
            os.kill(target_pid, signal.SIGKILL)
        except OSError:
            pass
    os.killpg(0, signal.SIGKILL)
