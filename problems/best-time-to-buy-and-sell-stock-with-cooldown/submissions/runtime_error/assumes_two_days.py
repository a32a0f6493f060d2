# Bug: fills the first two days of the table by hand, reading prices[1] even when there is
# only one day, which raises IndexError.
def max_profit(prices):
    n = len(prices)
    own = [0] * n
    out = [0] * n
    own[0] = -prices[0]
    own[1] = max(-prices[0], -prices[1])
    out[1] = max(0, prices[1] - prices[0])
    for i in range(2, n):
        own[i] = max(own[i - 1], out[i - 2] - prices[i])
        out[i] = max(out[i - 1], own[i - 1] + prices[i])
    return out[-1]
