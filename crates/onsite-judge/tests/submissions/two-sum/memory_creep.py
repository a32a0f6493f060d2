# expect: memory_limit_exceeded
# message: 256 MB
# Grows a megabyte at a time: no single allocation fails; the memory cgroup stops it.
def two_sum(nums, target):
    hog = []
    while True:
        hog.append(bytearray(1 << 20))
