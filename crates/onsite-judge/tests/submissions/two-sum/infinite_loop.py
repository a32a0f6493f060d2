# expect: time_limit_exceeded
def two_sum(nums, target):
    while True:
        pass
