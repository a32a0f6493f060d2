def character_replacement(s, k):
    # For each letter, a window over its positions: the letters between the first and the last
    # position that are not this letter must be deleted, at most k of them.
    positions = {}
    for i, ch in enumerate(s):
        positions.setdefault(ch, []).append(i)
    best = 0
    for pos in positions.values():
        lo = 0
        for hi, at in enumerate(pos):
            while (at - pos[lo]) - (hi - lo) > k:
                lo += 1
            best = max(best, hi - lo + 1)
    return best
