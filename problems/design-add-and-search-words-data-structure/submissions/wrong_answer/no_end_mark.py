# Bug: no end-of-word mark, so a pattern matching the beginning of a longer word is found.
class WordDictionary:
    def __init__(self):
        self.root = {}

    def add_word(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})

    def search(self, word):
        def walk(node, i):
            if i == len(word):
                return True
            if word[i] == ".":
                return any(walk(child, i + 1) for child in node.values())
            return word[i] in node and walk(node[word[i]], i + 1)

        return walk(self.root, 0)
