from collections import defaultdict


def find_target_sum_ways(nums, target):
    # The subset form, with a dict of the reachable subset sums and their counts.
    total = sum(nums)
    if abs(target) > total or (total + target) % 2 == 1:
        return 0
    goal = (total + target) // 2
    counts = {0: 1}
    for x in nums:
        nxt = defaultdict(int, counts)  # subsets without x
        for s, c in counts.items():
            if s + x <= goal:
                nxt[s + x] += c  # subsets with x
        counts = nxt
    return counts.get(goal, 0)
