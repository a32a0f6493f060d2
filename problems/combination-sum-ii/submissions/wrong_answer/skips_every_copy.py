# Bug: `i > 0` instead of `i > start`, so a value never follows an equal one: [1, 1, 4] is lost.
def combination_sum2(candidates, target):
    candidates = sorted(candidates)
    result = []

    def walk(start, path, remaining):
        if remaining == 0:
            result.append(path)
            return
        for i in range(start, len(candidates)):
            if candidates[i] > remaining:
                break
            if i > 0 and candidates[i] == candidates[i - 1]:
                continue
            walk(i + 1, path + [candidates[i]], remaining - candidates[i])

    walk(0, [], target)
    return result
