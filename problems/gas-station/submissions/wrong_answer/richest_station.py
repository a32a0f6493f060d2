def can_complete_circuit(gas, cost):
    if sum(gas) < sum(cost):
        return -1
    return max(range(len(gas)), key=lambda i: gas[i] - cost[i])
