# expect: wrong_answer
# message: more than
# Returns a list whose two halves are the same object, 60 levels down: no cycle and shallow
# enough, yet 2^60 elements to walk. The harness counts what it encodes.
def two_sum(nums, target):
    value = [0]
    for _ in range(60):
        value = [value, value]
    return value
