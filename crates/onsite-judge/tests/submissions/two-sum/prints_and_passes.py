# expect: accepted
# Printing is shown with a failing test and never affects the verdict.
def two_sum(nums, target):
    print("debug:", len(nums))
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
