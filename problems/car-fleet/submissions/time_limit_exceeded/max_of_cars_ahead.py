# Correct but quadratic: for each car, takes the maximum arrival time of all the cars ahead of it
# from a slice, instead of keeping a running maximum.
def car_fleet(target, position, speed):
    cars = sorted(zip(position, speed), reverse=True)
    times = [(target - p) / s for p, s in cars]
    fleets = 0
    for i, t in enumerate(times):
        if i == 0 or t > max(times[:i]):
            fleets += 1
    return fleets
