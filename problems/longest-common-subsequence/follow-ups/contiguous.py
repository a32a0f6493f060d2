def longest_common_subsequence(text1, text2):
    best = 0
    prev = [0] * (len(text2) + 1)
    for a in text1:
        cur = [0]
        for j, b in enumerate(text2):
            run = prev[j] + 1 if a == b else 0
            cur.append(run)
            if run > best:
                best = run
        prev = cur
    return best
