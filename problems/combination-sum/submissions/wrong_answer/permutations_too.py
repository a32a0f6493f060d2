def combination_sum(candidates, target):
    result = []

    def walk(path, remaining):
        if remaining == 0:
            result.append(path)
            return
        for c in candidates:
            if c <= remaining:
                walk(path + [c], remaining - c)

    walk([], target)
    return result
