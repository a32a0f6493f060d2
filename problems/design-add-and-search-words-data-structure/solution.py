class WordDictionary:
    def __init__(self):
        self.root = {}

    def add_word(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word):
        # The trie nodes the pattern read so far can reach, one level at a time: a letter keeps
        # the nodes that have it, a dot takes every child. At most 26^2 nodes with two dots.
        level = [self.root]
        for ch in word:
            if ch == ".":
                level = [child for node in level for key, child in node.items() if key != "$"]
            else:
                level = [node[ch] for node in level if ch in node]
            if not level:
                return False
        return any("$" in node for node in level)
