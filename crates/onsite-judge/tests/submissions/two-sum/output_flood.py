# expect: output_limit_exceeded
def two_sum(nums, target):
    while True:
        print("x" * 1000)
