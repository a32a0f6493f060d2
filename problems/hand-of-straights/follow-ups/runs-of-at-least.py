from collections import Counter, deque


def is_n_straight_hand(hand, group_size):
    """Runs of consecutive values, each at least group_size long. Walk the distinct values in
    increasing order, keeping the runs that end at the previous value: the short ones (still
    under group_size, grouped by their first value) and how many are already long enough.
    O(n log n) for the sort, O(n) after it."""
    count = Counter(hand)
    short = deque()        # [first value, how many runs] for runs still too short, oldest first
    short_total = 0        # how many runs are in `short`
    done = 0               # runs already long enough that end at the previous value
    previous = None
    for value in sorted(count):
        copies = count[value]
        if previous is not None and value != previous + 1:
            # A gap ends every run: a short one can never be finished.
            if short_total:
                return False
            done = 0
        # Every short run must take this value, or it stays short for good.
        if copies < short_total:
            return False
        copies -= short_total
        # Lengthening a finished run is never worse than starting a new one, which would
        # need group_size - 1 more values; finished runs not lengthened simply end here.
        done = min(copies, done)
        copies -= done
        if copies:
            short.append([value, copies])
            short_total += copies
        # Runs that reach group_size cards with this value are finished.
        while short and value - short[0][0] + 1 >= group_size:
            done += short[0][1]
            short_total -= short.popleft()[1]
        previous = value
    return short_total == 0
