# Correct but quadratic: inserts the new interval in order, then looks for a pair of
# neighbours that overlap, fuses it and starts looking again from the front, until none is
# left. Each fusion rescans everything before it.
def insert(intervals, new_interval):
    out = [iv[:] for iv in intervals]
    i = 0
    while i < len(out) and out[i][0] < new_interval[0]:
        i += 1
    out.insert(i, new_interval[:])
    changed = True
    while changed:
        changed = False
        for j in range(len(out) - 1):
            if out[j + 1][0] <= out[j][1]:
                out[j][1] = max(out[j][1], out[j + 1][1])
                del out[j + 1]
                changed = True
                break
    return out
