# class: O(n)
# problem: gas-station
# note: restarts after any station where the tank runs dry, checks the total once
def can_complete_circuit(gas, cost):
    total = tank = start = 0
    for i in range(len(gas)):
        d = gas[i] - cost[i]
        total += d
        tank += d
        if tank < 0:
            start, tank = i + 1, 0
    return start if total >= 0 else -1
