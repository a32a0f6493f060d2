class WordDictionary:
    # Every word in a list; every search compares the pattern with each of them.
    def __init__(self):
        self.words = []

    def add_word(self, word):
        self.words.append(word)

    def search(self, word):
        return any(
            len(w) == len(word) and all(p == "." or p == c for p, c in zip(word, w))
            for w in self.words
        )
