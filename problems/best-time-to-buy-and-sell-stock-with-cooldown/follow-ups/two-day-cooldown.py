def max_profit(prices):
    # The same state machine with the cooldown split in two days:
    #   cooling1: sold today; cooling2: sold yesterday (today was the first cooldown day).
    holding = -prices[0]
    cooling1 = 0
    cooling2 = 0
    free = 0
    for price in prices[1:]:
        new_holding = max(holding, free - price)
        new_cooling1 = holding + price
        new_cooling2 = cooling1
        new_free = max(free, cooling2)
        holding, cooling1, cooling2, free = new_holding, new_cooling1, new_cooling2, new_free
    return max(cooling1, cooling2, free)
