def combination_sum2(candidates, target):
    # Take or skip every position (stopping once the sum passes the target); each hit is kept
    # as a sorted tuple in a set, which drops the repeats.
    found = set()

    def walk(i, total, chosen):
        if total > target:
            return
        if i == len(candidates):
            if total == target:
                found.add(tuple(sorted(chosen)))
            return
        walk(i + 1, total + candidates[i], chosen + [candidates[i]])
        walk(i + 1, total, chosen)

    walk(0, 0, [])
    return [list(t) for t in found]
