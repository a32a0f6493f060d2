# One trie per word length: a pattern only walks the words it could match, depth-first with an
# explicit stack.
from collections import defaultdict


class WordDictionary:
    def __init__(self):
        self.roots = defaultdict(dict)

    def add_word(self, word):
        node = self.roots[len(word)]
        for ch in word:
            node = node.setdefault(ch, {})

    def search(self, word):
        if len(word) not in self.roots:
            return False
        stack = [(self.roots[len(word)], 0)]
        while stack:
            node, i = stack.pop()
            if i == len(word):
                return True
            if word[i] == ".":
                stack.extend((child, i + 1) for child in node.values())
            elif word[i] in node:
                stack.append((node[word[i]], i + 1))
        return False
