def word_break(s, word_dict):
    # ok[i]: the first i letters split into words. A word ending at i is at most 20 letters
    # long, so only the lengths that occur in the dictionary are tried: O(n * L) lookups.
    words = set(word_dict)
    lengths = sorted({len(w) for w in words})
    n = len(s)
    ok = [True] + [False] * n
    for i in range(1, n + 1):
        for k in lengths:
            if k > i:
                break
            if ok[i - k] and s[i - k:i] in words:
                ok[i] = True
                break
    return ok[n]
