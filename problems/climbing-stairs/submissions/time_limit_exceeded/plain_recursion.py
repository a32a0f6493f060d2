# Correct but exponential: the recurrence without remembering, about 1.6^n calls.
def climb_stairs(n):
    if n <= 2:
        return n
    return climb_stairs(n - 1) + climb_stairs(n - 2)
