# Bug: a set of reachable sums per step treats +0 and -0 as one choice, so zeros never double
# the count (the counts are merged by sum before they are added up).
def find_target_sum_ways(nums, target):
    counts = {0: 1}
    for x in nums:
        nxt = {}
        for s, c in counts.items():
            for t in {s + x, s - x}:
                nxt[t] = nxt.get(t, 0) + c
        counts = nxt
    return counts.get(target, 0)
