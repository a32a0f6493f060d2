def climb_stairs(n):
    # Follows every sequence of moves, one call per partial climb: exponential.
    def climbs(left):
        if left < 0:
            return 0
        if left == 0:
            return 1
        return climbs(left - 1) + climbs(left - 2)

    return climbs(n)
