# Bug: forgets the cooldown and takes every daily rise, which is the answer only when a
# purchase may follow a sale at once.
def max_profit(prices):
    total = 0
    for i in range(1, len(prices)):
        if prices[i] > prices[i - 1]:
            total += prices[i] - prices[i - 1]
    return total
