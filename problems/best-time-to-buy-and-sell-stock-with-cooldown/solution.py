def max_profit(prices):
    # Three states at the close of each day, each holding the best profit so far:
    #   holding: we own the share;
    #   cooling: we sold today, so tomorrow is the cooldown and we may not buy;
    #   free:    we own nothing and did not sell today, so tomorrow we may buy.
    holding = -prices[0]
    cooling = 0
    free = 0
    for price in prices[1:]:
        # Every new state is computed from yesterday's three values only.
        new_holding = max(holding, free - price)  # keep the share, or buy today
        new_cooling = holding + price  # sell the share we held yesterday
        new_free = max(free, cooling)  # stay out, or yesterday's cooldown ends
        holding, cooling, free = new_holding, new_cooling, new_free
    # Ending with a share in hand is never best: selling it or never buying is better.
    return max(cooling, free)
