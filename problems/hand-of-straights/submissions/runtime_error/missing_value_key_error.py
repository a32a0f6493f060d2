# Bug: counts the cards in a plain dict and reads count[value] for every value of a group,
# which raises KeyError as soon as a group needs a value no card has.
def is_n_straight_hand(hand, group_size):
    if len(hand) % group_size:
        return False
    count = {}
    for card in hand:
        count[card] = count.get(card, 0) + 1
    for low in sorted(count):
        starts = count[low]
        if starts == 0:
            continue
        for value in range(low, low + group_size):
            if count[value] < starts:
                return False
            count[value] -= starts
    return True
