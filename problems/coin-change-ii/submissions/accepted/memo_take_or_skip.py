from functools import lru_cache


def change(amount, coins):
    # ways(i, rest): combinations of coins[i:] making rest; either skip coin i for good or
    # take one more of it (and stay on it).
    coins = sorted(coins, reverse=True)

    @lru_cache(maxsize=None)
    def ways(i, rest):
        if rest == 0:
            return 1
        if i == len(coins):
            return 0
        total = ways(i + 1, rest)
        if coins[i] <= rest:
            total += ways(i, rest - coins[i])
        return total

    return ways(0, amount)
