# Bug: the right recurrence, but the loop over word lengths stops at 19 (range(1, 20)), so a
# 20-letter word never ends a piece.
def word_break(s, word_dict):
    words = set(word_dict)
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        for k in range(1, 20):
            if k <= i and ok[i - k] and s[i - k:i] in words:
                ok[i] = True
                break
    return ok[len(s)]
