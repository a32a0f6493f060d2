# expect: memory_limit_exceeded
def two_sum(nums, target):
    hoard = []
    while True:
        hoard.append(bytearray(10 ** 7))
