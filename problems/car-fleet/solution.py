def car_fleet(target, position, speed):
    # Sweep from the car nearest the target. The current fleet arrives after
    # lead_dist / lead_speed hours; a car that would arrive strictly later leads a new fleet.
    # Times are compared exactly, by cross-multiplying.
    fleets = 0
    lead_dist, lead_speed = 0, 1
    for p, s in sorted(zip(position, speed), reverse=True):
        dist = target - p
        if dist * lead_speed > lead_dist * s:
            fleets += 1
            lead_dist, lead_speed = dist, s
    return fleets
