# class: O(n^2)
# problem: coin-change
# note: for each amount, tries every smaller amount whose difference is a coin
def coin_change(coins, amount):
    coin_set = set(coins)
    inf = amount + 1
    best = [0] + [inf] * amount
    for a in range(1, amount + 1):
        for b in range(a):
            if a - b in coin_set and best[b] + 1 < best[a]:
                best[a] = best[b] + 1
    return best[amount] if best[amount] <= amount else -1
