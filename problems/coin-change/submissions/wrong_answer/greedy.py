# Bug: always takes the largest coin that fits, which is not optimal for every coin set.
def coin_change(coins, amount):
    count = 0
    for c in sorted(coins, reverse=True):
        take, amount = divmod(amount, c)
        count += take
    return count if amount == 0 else -1
