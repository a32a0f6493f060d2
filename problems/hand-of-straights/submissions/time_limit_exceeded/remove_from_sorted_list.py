# Correct but quadratic: keeps the remaining cards in a sorted list and removes each card of a
# group with list.remove, which scans and shifts the list every time: O(n^2) for 10^5 cards.
def is_n_straight_hand(hand, group_size):
    if len(hand) % group_size:
        return False
    cards = sorted(hand)
    while cards:
        first = cards[0]
        for value in range(first, first + group_size):
            if value not in cards:
                return False
            cards.remove(value)
    return True
