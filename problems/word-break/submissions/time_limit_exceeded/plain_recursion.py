# Correct but exponential: tries every word at every position and forgets which positions
# already failed.
def word_break(s, word_dict):
    def can(start):
        if start == len(s):
            return True
        for w in word_dict:
            if s.startswith(w, start) and can(start + len(w)):
                return True
        return False

    return can(0)
