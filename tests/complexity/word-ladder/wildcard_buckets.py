# class: O(n)
# problem: word-ladder
# note: groups the words by each one-letter wildcard pattern (6 per word here), then BFS through the groups, emptying each group once used
from collections import defaultdict

def ladder_length(begin_word, end_word, word_list):
    if end_word not in word_list:
        return 0
    buckets = defaultdict(list)
    for w in word_list:
        for i in range(len(w)):
            buckets[w[:i] + "*" + w[i + 1:]].append(w)
    seen = {begin_word}
    level, steps = [begin_word], 1
    while level:
        nxt = []
        for w in level:
            if w == end_word:
                return steps
            for i in range(len(w)):
                key = w[:i] + "*" + w[i + 1:]
                for v in buckets.pop(key, ()):
                    if v not in seen:
                        seen.add(v)
                        nxt.append(v)
        level, steps = nxt, steps + 1
    return 0
