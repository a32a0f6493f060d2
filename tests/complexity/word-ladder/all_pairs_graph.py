# class: O(n^2)
# problem: word-ladder
# note: builds the whole neighbour graph by comparing every pair of words first, then BFS
from collections import deque

def ladder_length(begin_word, end_word, word_list):
    words = list(dict.fromkeys([begin_word] + list(word_list)))
    if end_word not in words:
        return 0
    n = len(words)
    adj = [[] for _ in range(n)]
    for i in range(n):
        a = words[i]
        for j in range(i + 1, n):
            b = words[j]
            diff = 0
            for x, y in zip(a, b):
                if x != y:
                    diff += 1
                    if diff > 1:
                        break
            if diff == 1:
                adj[i].append(j)
                adj[j].append(i)
    target = words.index(end_word)
    dist = {0: 1}
    queue = deque([0])
    while queue:
        u = queue.popleft()
        if u == target:
            return dist[u]
        for v in adj[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return 0
