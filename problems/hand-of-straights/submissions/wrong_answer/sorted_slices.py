# Bug: cuts the sorted hand into consecutive slices of group_size and checks each slice. With
# repeated values the groups interleave in sorted order ([1, 1, 2, 2] is [1, 2] twice), so
# valid hands are rejected.
def is_n_straight_hand(hand, group_size):
    if len(hand) % group_size:
        return False
    cards = sorted(hand)
    for i in range(0, len(cards), group_size):
        for j in range(i + 1, i + group_size):
            if cards[j] != cards[j - 1] + 1:
                return False
    return True
