# Two tables by day: the best profit owning a share at the close of day i, and owning none.
# A purchase on day i uses the "owning none" value of day i - 2, which skips the cooldown day.
def max_profit(prices):
    n = len(prices)
    own = [0] * n
    out = [0] * n
    own[0] = -prices[0]
    for i in range(1, n):
        before_cooldown = out[i - 2] if i >= 2 else 0
        own[i] = max(own[i - 1], before_cooldown - prices[i])
        out[i] = max(out[i - 1], own[i - 1] + prices[i])
    return out[-1]
