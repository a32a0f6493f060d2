# Bug: recurses from i instead of i + 1, so a position can be chosen again.
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
            if i > start and candidates[i] == candidates[i - 1]:
                continue
            walk(i, path + [candidates[i]], remaining - candidates[i])

    walk(0, [], target)
    return result
