# class: O(n)
# problem: word-ladder
# note: BFS trying every one-letter change over the letters the words use (6 positions x 6 letters here) against a set of the words
from collections import deque

def ladder_length(begin_word, end_word, word_list):
    words = set(word_list)
    if end_word not in words:
        return 0
    letters = sorted(set("".join(word_list)))
    seen = {begin_word}
    queue = deque([(begin_word, 1)])
    while queue:
        w, steps = queue.popleft()
        if w == end_word:
            return steps
        for i in range(len(w)):
            for ch in letters:
                nxt = w[:i] + ch + w[i + 1:]
                if nxt in words and nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, steps + 1))
    return 0
