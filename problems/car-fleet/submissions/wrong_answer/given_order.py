# Bug: sweeps the cars in the order they are given instead of nearest the target first.
def car_fleet(target, position, speed):
    fleets = 0
    slowest = 0.0
    for p, s in zip(position, speed):
        t = (target - p) / s
        if t > slowest:
            fleets += 1
            slowest = t
    return fleets
