def min_eating_speed(piles, h):
    return max(1, -(-sum(piles) // h))
