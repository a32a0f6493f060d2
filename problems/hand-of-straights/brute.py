def is_n_straight_hand(hand, group_size):
    # Simulate the deal literally on a list of the remaining cards: the smallest remaining card
    # cannot follow a smaller one, so it starts a group; find and remove each value of that
    # group one card at a time. Every lookup and removal scans the list: O(n^2).
    cards = list(hand)
    while cards:
        low = min(cards)
        for value in range(low, low + group_size):
            if value not in cards:
                return False
            cards.remove(value)
    return True
