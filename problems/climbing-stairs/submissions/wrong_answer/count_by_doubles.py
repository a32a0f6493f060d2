# Bug: counts how many double steps a climb can use (0 to n // 2), one climb for each, and so
# forgets that the moves can come in different orders.
def climb_stairs(n):
    return n // 2 + 1
