def car_fleet(target, position, speed):
    # A car leads a fleet exactly when every car ahead of it would arrive strictly sooner.
    # Car j arrives sooner than car i when (target - p_j) / s_j < (target - p_i) / s_i.
    n = len(position)
    leaders = 0
    for i in range(n):
        di, si = target - position[i], speed[i]
        if all((target - position[j]) * si < di * speed[j] for j in range(n) if position[j] > position[i]):
            leaders += 1
    return leaders
