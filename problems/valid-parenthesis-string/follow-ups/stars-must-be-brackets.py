def check_valid_string(s):
    """Each star must become '(' or ')'. Every character now moves the open count by exactly
    one, so after i characters the count has the parity of i: the reachable counts are low,
    low + 2, ..., high. When low would drop to -1, the smallest real count is 1, not 0.
    O(n) time, O(1) space."""
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
            return False
        if low < 0:
            low = 1
    return low == 0
