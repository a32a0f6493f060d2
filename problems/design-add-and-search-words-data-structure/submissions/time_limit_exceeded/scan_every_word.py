# Correct but slow: every search compares the pattern with every stored word.
class WordDictionary:
    def __init__(self):
        self.words = set()

    def add_word(self, word):
        self.words.add(word)

    def search(self, word):
        for w in self.words:
            if len(w) == len(word) and all(p in (".", c) for p, c in zip(word, w)):
                return True
        return False
