# Bug: the while loop that skips copies of a value does not stop at the end of the list.
def combination_sum2(candidates, target):
    candidates = sorted(candidates)
    result = []

    def walk(i, path, remaining):
        if remaining == 0:
            result.append(path)
            return
        if i == len(candidates) or candidates[i] > remaining:
            return
        walk(i + 1, path + [candidates[i]], remaining - candidates[i])
        j = i + 1
        while candidates[j] == candidates[i]:
            j += 1
        walk(j, path, remaining)

    walk(0, [], target)
    return result
