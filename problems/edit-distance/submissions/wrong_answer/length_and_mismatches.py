# Bug: compares the words position by position and adds the difference in length, which is
# right only when the letters stay aligned (no insertion or deletion in the middle).
def min_distance(word1, word2):
    mismatches = sum(a != b for a, b in zip(word1, word2))
    return mismatches + abs(len(word1) - len(word2))
