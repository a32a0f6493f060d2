def check_valid_string(s):
    # Every count of open brackets some choice of the stars can reach after each prefix, kept
    # as a set and updated one character at a time (never below zero). Up to n counts in the
    # set at each of n steps: O(n^2).
    counts = {0}
    for ch in s:
        following = set()
        for open_ in counts:
            if ch in "(*":
                following.add(open_ + 1)
            if ch in ")*" and open_ > 0:
                following.add(open_ - 1)
            if ch == "*":
                following.add(open_)
        counts = following
        if not counts:
            return False
    return 0 in counts
