def min_distance(word1, word2):
    n, m = len(word1), len(word2)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        table[i][0] = i
    for j in range(m + 1):
        table[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if word1[i - 1] == word2[j - 1]:
                table[i][j] = table[i - 1][j - 1]
            else:
                table[i][j] = 1 + min(
                    table[i - 1][j],      # delete word1[i - 1]
                    table[i][j - 1],      # insert word2[j - 1]
                    table[i - 1][j - 1],  # replace
                )
    return table[n][m]
