# class: O(n)
# problem: coin-change
# note: top-down recursion over remaining amounts with a dict memo; each amount solved once against a constant number of coins
def coin_change(coins, amount):
    memo = {0: 0}

    def fewest(rest):
        if rest in memo:
            return memo[rest]
        best = -1
        for c in coins:
            if c <= rest:
                sub = fewest(rest - c)
                if sub >= 0 and (best < 0 or sub + 1 < best):
                    best = sub + 1
        memo[rest] = best
        return best

    return fewest(amount)
