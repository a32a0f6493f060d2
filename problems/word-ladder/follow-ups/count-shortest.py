def ladder_length(begin_word, end_word, word_list):
    words = set(word_list)
    if end_word not in words:
        return 0
    words.discard(begin_word)
    letters = sorted(set("".join(words)))
    ways = {begin_word: 1}
    level = [begin_word]
    while level:
        next_ways = {}
        for word in level:
            for i in range(len(word)):
                for ch in letters:
                    nxt = word[:i] + ch + word[i + 1:]
                    if nxt in words:
                        next_ways[nxt] = next_ways.get(nxt, 0) + ways[word]
        if end_word in next_ways:
            return next_ways[end_word]
        words -= next_ways.keys()
        ways, level = next_ways, list(next_ways)
    return 0
