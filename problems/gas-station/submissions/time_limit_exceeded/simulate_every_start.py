def can_complete_circuit(gas, cost):
    n = len(gas)
    for s in range(n):
        tank = 0
        for k in range(n):
            tank += gas[(s + k) % n] - cost[(s + k) % n]
            if tank < 0:
                break
        else:
            return s
    return -1
