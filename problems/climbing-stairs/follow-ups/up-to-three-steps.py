def climb_stairs(n):
    # a, b, c: the climbs ending three, two and one steps below the current step.
    a, b, c = 0, 0, 1
    for _ in range(n):
        a, b, c = b, c, a + b + c
    return c
