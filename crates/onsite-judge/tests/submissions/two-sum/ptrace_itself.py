# expect: blocked
# Asks the kernel to trace it (the first step of debugger tricks); the cage refuses ptrace.
import ctypes
import os

def two_sum(nums, target):
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.ptrace(0, 0, None, None) != 0:
        errno = ctypes.get_errno()
        raise PermissionError(errno, os.strerror(errno))
    return [0, 1]
