# Bug: greedy; always takes the longest word that fits at the current position and never
# reconsiders, so "ab" + "cd" is missed when "abc" also fits.
def word_break(s, word_dict):
    words = sorted(word_dict, key=len, reverse=True)
    i = 0
    while i < len(s):
        for w in words:
            if s.startswith(w, i):
                i += len(w)
                break
        else:
            return False
    return True
