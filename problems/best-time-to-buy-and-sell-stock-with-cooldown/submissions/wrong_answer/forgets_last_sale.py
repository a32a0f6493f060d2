# Bug: returns the "owning nothing, not cooling" state only, so a sale on the very last day
# (which leaves the last day in the cooling state) is never counted.
def max_profit(prices):
    holding = -prices[0]
    cooling = 0
    free = 0
    for price in prices[1:]:
        holding, cooling, free = max(holding, free - price), holding + price, max(free, cooling)
    return free
