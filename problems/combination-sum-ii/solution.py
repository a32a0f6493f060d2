def combination_sum2(candidates, target):
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
            # At one depth, a value equal to the previous choice would repeat its combinations.
            if i > start and c == candidates[i - 1]:
                continue
            path.append(c)
            walk(i + 1, remaining - c)
            path.pop()

    walk(0, target)
    return result
