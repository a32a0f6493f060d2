def min_distance(word1, word2):
    """Only insertions and deletions: the letters kept form a common subsequence, and every
    other letter of either word costs one operation, so the answer is
    len(word1) + len(word2) - 2 * LCS. O(n * m) time, O(m) space."""
    prev = [0] * (len(word2) + 1)
    for a in word1:
        cur = [0]
        for j, b in enumerate(word2):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    return len(word1) + len(word2) - 2 * prev[-1]
