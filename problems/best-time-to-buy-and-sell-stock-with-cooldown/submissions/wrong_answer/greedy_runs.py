# Bug: greedy. Buys at every local low and sells at the next local high, and when the
# cooldown forbids the next purchase it simply skips that rise. Merging two rises into one
# trade, or dropping a small rise to free a large one, is never considered.
def max_profit(prices):
    n = len(prices)
    total = 0
    i = 0
    blocked_until = -1
    while i < n - 1:
        if prices[i + 1] > prices[i] and i > blocked_until:
            j = i
            while j + 1 < n and prices[j + 1] > prices[j]:
                j += 1
            total += prices[j] - prices[i]
            blocked_until = j + 1
            i = j + 1
        else:
            i += 1
    return total
