class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word):
        # Depth-first over the trie; a dot tries every child.
        stack = [(self.root, 0)]
        while stack:
            node, i = stack.pop()
            if i == len(word):
                if "$" in node:
                    return True
                continue
            ch = word[i]
            if ch == ".":
                stack.extend((child, i + 1) for key, child in node.items() if key != "$")
            elif ch in node:
                stack.append((node[ch], i + 1))
        return False

    def starts_with(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.get(ch)
            if node is None:
                return False
        return True
