# expect: syntax_error
# message: line 4
def two_sum(nums, target):
    for i in range(len(nums))
        pass
