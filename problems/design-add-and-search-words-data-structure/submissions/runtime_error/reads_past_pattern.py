# Bug: reads word[i] before checking whether the pattern is used up, so every search that gets
# to the end of the pattern raises IndexError.
class WordDictionary:
    def __init__(self):
        self.root = {}

    def add_word(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word):
        def walk(node, i):
            ch = word[i]
            if i == len(word):
                return "$" in node
            if ch == ".":
                return any(walk(child, i + 1) for key, child in node.items() if key != "$")
            return ch in node and walk(node[ch], i + 1)

        return walk(self.root, 0)
