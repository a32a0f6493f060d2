# Bug: updates the three states one after another in place, so `free` takes in today's sale
# and tomorrow may buy straight after it: the cooldown is lost.
def max_profit(prices):
    holding = -prices[0]
    cooling = 0
    free = 0
    for price in prices[1:]:
        holding = max(holding, free - price)
        cooling = holding + price
        free = max(free, cooling)
    return max(cooling, free)
