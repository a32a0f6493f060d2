def word_break(s, word_dict):
    # Tries every word at every position, remembering nothing: exponential when many
    # splits share prefixes and the end cannot be reached.
    def splits(start):
        if start == len(s):
            return True
        for w in word_dict:
            if s.startswith(w, start) and splits(start + len(w)):
                return True
        return False

    return splits(0)
