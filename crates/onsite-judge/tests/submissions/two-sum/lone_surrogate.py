# expect: wrong_answer
# message: not valid Unicode
# Returns a list holding a string with a lone surrogate, which no UTF-8 encoder accepts.
def two_sum(nums, target):
    return [0, "\udc80"]
