def _words(rng, count, alphabet, lo, hi):
    """Up to count distinct words of lo..hi letters over alphabet (fewer when the alphabet
    cannot make that many), in random order."""
    words = set()
    for _ in range(count * 30):
        if len(words) >= count:
            break
        words.add("".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi))))
    words = sorted(words)
    rng.shuffle(words)
    return words


def _text(rng, words, n, whole=False):
    """n letters: random words of the list, one after another, the last one cut to fit; with
    whole, only the words that fit (at most n letters, and at least one word even if cut)."""
    parts, total = [], 0
    while total < n:
        w = rng.choice(words)
        if whole and parts and total + len(w) > n:
            fits = [v for v in words if total + len(v) <= n]
            if not fits:
                break
            w = rng.choice(fits)
        parts.append(w)
        total += len(w)
    return "".join(parts)[:n]


def _typo(rng, s, alphabet):
    i = rng.randrange(len(s))
    return s[:i] + rng.choice(alphabet) + s[i + 1:]


def generate(n, rng, kind="random"):
    """A text of n letters (1 to 300; the long-text follow-up up to 10^5) and a dictionary.

    kind "random": up to ten short words over one to ten letters ("a", "ab", "abc" or "a" to
    "j"), the text made of them, sometimes with one letter changed or the last word cut, so
    both answers come up; "chain": "a" * (n - 1) + "b" with the words "a" to "a" * 20, where
    every split of the a's works and none reaches the end (no early exit, and exponentially
    many splits for a search that forgets); "short_chain": the same with the words "a" to
    "aaaaa", so that the work per position is already at its largest at small n (measuring);
    "long_words": words of 12 to 20 letters over "ab";
    "big_dict": 1000 words of 10 to 20 letters over "ab" (these two kinds use whole words only,
    so the text may be a little shorter than n); "late_fail": a text of words whose
    last letter is a "z" no word holds."""
    n = max(1, min(n, 10**5))
    if kind in ("chain", "short_chain"):
        top = 20 if kind == "chain" else 5
        return {"s": "a" * (n - 1) + "b", "word_dict": ["a" * k for k in range(1, top + 1)]}
    if kind == "long_words":
        words = _words(rng, rng.randint(2, 8), "ab", 12, 20)
        s = _text(rng, words, n, whole=True)
        if rng.random() < 0.5:
            s = _typo(rng, s, "ab")
        return {"s": s, "word_dict": words}
    if kind == "big_dict":
        words = _words(rng, 1000, "ab", 10, 20)
        s = _text(rng, words, n, whole=True)
        if rng.random() < 0.5:
            s = _typo(rng, s, "ab")
        return {"s": s, "word_dict": words}
    if kind == "late_fail":
        words = _words(rng, rng.randint(3, 10), "ab", 1, 6)
        return {"s": _text(rng, words, n - 1) + "z", "word_dict": words}
    alphabet = rng.choice(["a", "ab", "ab", "abc", "abc", "abcdefghij"])
    top = rng.randint(1, 6)
    words = _words(rng, rng.randint(1, 10), alphabet, 1, top)
    s = _text(rng, words, n)
    if rng.random() < 0.35:
        s = _typo(rng, s, alphabet + "z")
    return {"s": s, "word_dict": words}
