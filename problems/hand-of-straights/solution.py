from collections import Counter


def is_n_straight_hand(hand, group_size):
    # Every group holds group_size cards, so the hand must divide evenly.
    if len(hand) % group_size:
        return False
    count = Counter(hand)
    # The smallest value still in the hand can only start a group (nothing smaller is left to
    # come before it), so each of its remaining copies starts one: the choice is forced.
    for low in sorted(count):
        starts = count[low]
        if starts == 0:
            continue
        # `starts` groups low, low + 1, ..., low + group_size - 1 need that many of each value.
        # Each step of this loop removes at least one card, so it runs at most n times in all.
        for value in range(low, low + group_size):
            if count[value] < starts:
                return False
            count[value] -= starts
    return True
