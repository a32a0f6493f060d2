from collections import deque


def ladder_length(begin_word, end_word, word_list):
    queue, seen = deque([(begin_word, 1)]), {begin_word}
    while queue:
        word, length = queue.popleft()
        for other in word_list:
            if other not in seen and sum(a != b for a, b in zip(word, other)) == 1:
                if other == end_word:
                    return length + 1
                seen.add(other)
                queue.append((other, length + 1))
    return 0
