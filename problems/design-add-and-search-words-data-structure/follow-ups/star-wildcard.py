class WordDictionary:
    def __init__(self):
        self.root = {}

    def add_word(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word):
        # States (node, i). A star either matches nothing (i + 1, same node) or one more letter
        # (any child, same i). Each state is expanded once.
        stack, seen = [(self.root, 0)], set()
        while stack:
            node, i = stack.pop()
            if (id(node), i) in seen:
                continue
            seen.add((id(node), i))
            if i == len(word):
                if "$" in node:
                    return True
                continue
            ch = word[i]
            children = [child for key, child in node.items() if key != "$"]
            if ch == "*":
                stack.append((node, i + 1))
                stack.extend((child, i) for child in children)
            elif ch == ".":
                stack.extend((child, i + 1) for child in children)
            elif ch in node:
                stack.append((node[ch], i + 1))
        return False
