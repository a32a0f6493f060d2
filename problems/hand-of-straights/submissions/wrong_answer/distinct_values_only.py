# Bug: works on the set of values, so it forgets how many copies each value has: it checks
# that the distinct values form runs whose lengths are multiples of group_size.
def is_n_straight_hand(hand, group_size):
    if len(hand) % group_size:
        return False
    values = sorted(set(hand))
    run = 1
    for i in range(1, len(values) + 1):
        if i < len(values) and values[i] == values[i - 1] + 1:
            run += 1
            continue
        if run % group_size:
            return False
        run = 1
    return True
