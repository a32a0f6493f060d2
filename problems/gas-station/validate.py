def validate(input):
    gas, cost = input["gas"], input["cost"]
    assert 1 <= len(gas) <= 10**5, f"len(gas) = {len(gas)} is outside 1..10^5"
    assert len(gas) == len(cost), "gas and cost differ in length"
    assert all(0 <= x <= 10**4 for x in gas + cost), "an amount is outside 0..10^4"
    # Start s works when no prefix sum after it is lower than its own, and none before it
    # is lower than its own minus the total (reached after wrapping round).
    n = len(gas)
    prefix = [0] * (n + 1)
    for i in range(n):
        prefix[i + 1] = prefix[i] + gas[i] - cost[i]
    total = prefix[n]
    after = [0] * (n + 1)
    after[n] = prefix[n]
    for i in range(n - 1, -1, -1):
        after[i] = min(prefix[i], after[i + 1])
    works, before = 0, float("inf")
    for s in range(n):
        if after[s] >= prefix[s] and before >= prefix[s] - total:
            works += 1
        before = min(before, prefix[s])
    assert works <= 1, f"{works} stations work as the start; the answer must be unique"
