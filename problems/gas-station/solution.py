def can_complete_circuit(gas, cost):
    start = tank = total = 0
    for i, (g, c) in enumerate(zip(gas, cost)):
        tank += g - c
        total += g - c
        if tank < 0:
            start = i + 1
            tank = 0
    return start if total >= 0 else -1
