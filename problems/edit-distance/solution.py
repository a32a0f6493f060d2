def min_distance(word1, word2):
    # prev[j]: fewest operations turning the letters of word1 seen so far (all but the
    # current one) into word2[:j]; cur is the same with the current letter included.
    if len(word2) > len(word1):
        word1, word2 = word2, word1
    prev = list(range(len(word2) + 1))
    for i, a in enumerate(word1):
        cur = [i + 1]
        for j, b in enumerate(word2):
            if a == b:
                cur.append(prev[j])
            else:
                cur.append(1 + min(prev[j], prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
