from collections import deque


def farthest(begin, words, alphabet):
    """The last word a breadth-first search from begin reaches (None: it reaches none)."""
    present = set(words)
    seen, queue, last = {begin}, deque([begin]), None
    while queue:
        w = queue.popleft()
        for i in range(len(w)):
            for ch in alphabet:
                nxt = w[:i] + ch + w[i + 1:]
                if nxt in present and nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
                    last = nxt
    return last


def generate(n, rng, kind="random"):
    """n distinct words over a small alphabet, so that ladders exist. kind "random": six
    letters from "abcdef", a random begin word and end word; "far": the end word is one of
    the farthest reachable; "none": the end word is a list word with no neighbour; "long":
    ten-letter words built by changing one letter at a time from a random start; "walk": as
    long, with that start as the begin word and the farthest word from it as the end word, so
    that every word is reached before the end."""
    n = max(n, 1)
    length = 10 if kind in ("long", "walk") else 6
    alphabet = "abcdef"

    def word():
        return "".join(rng.choice(alphabet) for _ in range(length))

    words = set()
    if kind == "walk":
        begin = current = word()
        while len(words) < n:
            i = rng.randrange(length)
            current = current[:i] + rng.choice(alphabet) + current[i + 1:]
            if current != begin:
                words.add(current)
        words = sorted(words)
        rng.shuffle(words)
        end = farthest(begin, words, alphabet)
        return {"begin_word": begin, "end_word": end, "word_list": words}
    if kind == "long":
        current = word()
        while len(words) < n:
            i = rng.randrange(length)
            current = current[:i] + rng.choice(alphabet) + current[i + 1:]
            words.add(current)
    else:
        while len(words) < n:
            words.add(word())
    words = sorted(words)
    rng.shuffle(words)
    begin = word()
    while begin in words[:1]:
        begin = word()
    if kind == "none":
        lonely = "z" * length
        words[-1] = lonely
        return {"begin_word": begin, "end_word": lonely, "word_list": words}
    end = words[rng.randrange(len(words))]
    if kind == "far":
        last = farthest(begin, words, alphabet)
        if last is not None:
            end = last
    if end == begin:
        end = words[0] if words[0] != begin else words[-1]
    return {"begin_word": begin, "end_word": end, "word_list": words}
