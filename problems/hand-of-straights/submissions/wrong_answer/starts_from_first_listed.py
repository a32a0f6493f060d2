# Bug: opens groups at the cards in the order they are listed instead of from the smallest
# value, so a group can start above a card that then has nowhere to go.
from collections import Counter


def is_n_straight_hand(hand, group_size):
    if len(hand) % group_size:
        return False
    count = Counter(hand)
    for card in hand:
        if count[card] == 0:
            continue
        for value in range(card, card + group_size):
            if count[value] == 0:
                return False
            count[value] -= 1
    return True
