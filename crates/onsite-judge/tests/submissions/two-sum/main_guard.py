# expect: accepted
# Local test code under a __main__ guard does not run in the judge.
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i

if __name__ == "__main__":
    while True:
        print("this would never end")
