# Correct but exponential in the number of positions: takes or skips every position and removes
# repeated combinations with a set only at the end.
def combination_sum2(candidates, target):
    found = set()

    def walk(i, left, chosen):
        if left == 0:
            found.add(tuple(sorted(chosen)))
            return
        if left < 0 or i == len(candidates):
            return
        walk(i + 1, left - candidates[i], chosen + (candidates[i],))
        walk(i + 1, left, chosen)

    walk(0, target, ())
    return [list(t) for t in found]
