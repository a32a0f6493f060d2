# Correct but quadratic: deals straight from the unsorted hand. Each group starts at min() of
# the cards left, and each of its values is looked up and removed with `in` and list.remove,
# all of which scan the list: about n^2 / 2 comparisons for n cards, whatever their values.
def is_n_straight_hand(hand, group_size):
    if len(hand) % group_size:
        return False
    cards = list(hand)
    while cards:
        low = min(cards)
        for value in range(low, low + group_size):
            if value not in cards:
                return False
            cards.remove(value)
    return True
