def combination_sum(candidates, target):
    candidates = sorted(candidates)
    result, path = [], []

    def walk(start, remaining):
        if remaining == 0:
            result.append(path[:])
            return
        for i in range(start, len(candidates)):
            c = candidates[i]
            if c > remaining:
                break
            path.append(c)
            walk(i, remaining - c)
            path.pop()

    walk(0, target)
    return result
