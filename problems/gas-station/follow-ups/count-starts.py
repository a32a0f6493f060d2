def can_complete_circuit(gas, cost):
    n = len(gas)
    prefix = [0] * (n + 1)
    for i in range(n):
        prefix[i + 1] = prefix[i] + gas[i] - cost[i]
    total = prefix[n]
    if total < 0:
        return 0
    # The lowest prefix sum from each index on (the trip before wrapping round).
    after = prefix[:]
    for i in range(n - 1, -1, -1):
        after[i] = min(after[i], after[i + 1])
    before = float("inf")
    works = 0
    for s in range(n):
        if after[s] >= prefix[s] and before >= prefix[s] - total:
            works += 1
        before = min(before, prefix[s])
    return works
