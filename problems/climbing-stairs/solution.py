def climb_stairs(n):
    # below, here: the climbs ending on the step below and on the current step; the bottom
    # (step 0) is reached one way, by not moving.
    below, here = 1, 1
    for _ in range(n - 1):
        below, here = here, below + here
    return here
