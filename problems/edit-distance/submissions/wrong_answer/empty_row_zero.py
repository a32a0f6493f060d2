# Bug: the first row and column of the table stay 0, as if turning a prefix into the empty
# word (or the empty word into a prefix) were free.
def min_distance(word1, word2):
    n, m = len(word1), len(word2)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if word1[i - 1] == word2[j - 1]:
                table[i][j] = table[i - 1][j - 1]
            else:
                table[i][j] = 1 + min(table[i - 1][j], table[i][j - 1], table[i - 1][j - 1])
    return table[n][m]
