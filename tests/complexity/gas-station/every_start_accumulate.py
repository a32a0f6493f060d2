# class: O(n^2)
# problem: gas-station
# note: C-speed quadratic: for every start (no early exit), the running tank over the rotated differences with accumulate and min
from itertools import accumulate

def can_complete_circuit(gas, cost):
    diffs = [g - c for g, c in zip(gas, cost)]
    found = -1
    for s in range(len(diffs)):
        if min(accumulate(diffs[s:] + diffs[:s])) >= 0:
            found = s
    return found
