# expect: wrong_answer
# message: contains itself
# Returns a list that contains itself (twice, so a walk that only limits depth would still
# visit 2^depth elements). The harness sees the cycle at once.
def two_sum(nums, target):
    value = [0]
    value.append(value)
    value.append(value)
    return value
