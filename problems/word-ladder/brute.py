def ladder_length(begin_word, end_word, word_list):
    def one_apart(a, b):
        return sum(x != y for x, y in zip(a, b)) == 1

    if end_word not in word_list:
        return 0
    level, seen, length = [begin_word], {begin_word}, 1
    while level:
        nxt_level = []
        for word in level:
            for other in word_list:
                if other not in seen and one_apart(word, other):
                    if other == end_word:
                        return length + 1
                    seen.add(other)
                    nxt_level.append(other)
        level, length = nxt_level, length + 1
    return 0
