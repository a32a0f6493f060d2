# Sorted backtracking that passes a new path list down instead of appending and popping.
def combination_sum2(candidates, target):
    candidates = sorted(candidates)
    out = []

    def walk(start, path, left):
        if left == 0:
            out.append(path)
            return
        prev = None
        for i in range(start, len(candidates)):
            c = candidates[i]
            if c > left:
                break
            if c != prev:
                walk(i + 1, path + [c], left - c)
            prev = c

    walk(0, [], target)
    return out
