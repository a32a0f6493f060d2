def check_valid_string(s):
    # Over every way of choosing the stars, the number of '(' still open after a prefix takes
    # every value from `low` to `high` (a whole range: a star can move it by -1, 0 or +1, so
    # the range only grows or shifts, never splits).
    low = high = 0
    for ch in s:
        if ch == "(":
            low += 1
            high += 1
        elif ch == ")":
            low -= 1
            high -= 1
        else:
            low -= 1
            high += 1
        if high < 0:
            # Even with every star as '(' this prefix closes more than it opens.
            return False
        if low < 0:
            # A count below zero is not a real choice (it closes a bracket that is not open);
            # the smallest real one is 0, reached by letting a star vanish instead.
            low = 0
    return low == 0
