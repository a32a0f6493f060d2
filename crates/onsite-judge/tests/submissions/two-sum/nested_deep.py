# expect: wrong_answer
# message: nested deeper than
# Returns a list nested 200 levels deep: deeper than any answer, and deeper than a JSON reader
# should have to follow. The harness refuses to encode it and says why.
def two_sum(nums, target):
    value = [0, 1]
    for _ in range(200):
        value = [value]
    return value
