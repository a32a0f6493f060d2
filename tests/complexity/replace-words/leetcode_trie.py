# class: O(n)
# problem: replace-words
# note: LeetCode style: a dict trie of the roots, each word walked until a root ends or the path stops (roots up to 6 letters here)
class Solution:
    def replaceWords(self, dictionary: List[str], sentence: str) -> str:
        trie = {}
        for root in dictionary:
            node = trie
            for ch in root:
                node = node.setdefault(ch, {})
            node["$"] = True
        out = []
        for w in sentence.split():
            node = trie
            replaced = w
            for i, ch in enumerate(w):
                if ch not in node:
                    break
                node = node[ch]
                if "$" in node:
                    replaced = w[:i + 1]
                    break
            out.append(replaced)
        return " ".join(out)
