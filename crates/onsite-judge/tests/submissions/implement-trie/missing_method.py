# expect: runtime_error
# message: Trie has no method `starts_with` (or `startsWith`)
# A design class without one of its methods: the error names both spellings the judge tried.
class Trie:
    def __init__(self):
        self.words = set()

    def insert(self, word):
        self.words.add(word)

    def search(self, word):
        return word in self.words
