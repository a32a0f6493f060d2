# Bug: reads the last letter of each word before checking that the words are not empty.
def min_distance(word1, word2):
    if word1[-1] == word2[-1] and len(word1) == len(word2) == 1:
        return 0
    prev = list(range(len(word2) + 1))
    for i, a in enumerate(word1):
        cur = [i + 1]
        for j, b in enumerate(word2):
            cur.append(prev[j] if a == b else 1 + min(prev[j], prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
