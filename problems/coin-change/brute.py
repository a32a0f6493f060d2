def coin_change(coins, amount):
    # Tries every combination; exponential, for small amounts only.
    def fewest(rest):
        if rest == 0:
            return 0
        best = None
        for c in coins:
            if c <= rest:
                sub = fewest(rest - c)
                if sub is not None and (best is None or sub + 1 < best):
                    best = sub + 1
        return best

    result = fewest(amount)
    return -1 if result is None else result
