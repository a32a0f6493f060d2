def combination_sum(candidates, target):
    result = []

    def walk(start, path, remaining):
        if remaining == 0:
            result.append(path)
            return
        for i in range(start, len(candidates)):
            if candidates[i] <= remaining:
                walk(i + 1, path + [candidates[i]], remaining - candidates[i])

    walk(0, [], target)
    return result
