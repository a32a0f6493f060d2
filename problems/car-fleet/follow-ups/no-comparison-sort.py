def car_fleet(target, position, speed):
    # One slot per mile marker instead of a sort: speed_at[p] is the speed of the car at p.
    speed_at = [0] * target
    for p, s in zip(position, speed):
        speed_at[p] = s
    fleets = 0
    lead_dist, lead_speed = 0, 1
    for p in range(target - 1, -1, -1):
        s = speed_at[p]
        if s:
            dist = target - p
            if dist * lead_speed > lead_dist * s:
                fleets += 1
                lead_dist, lead_speed = dist, s
    return fleets
