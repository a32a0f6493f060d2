def replace_words(dictionary, sentence):
    trie = {}
    for root in dictionary:
        node = trie
        for ch in root:
            node = node.setdefault(ch, {})
        node["$"] = root
    out = []
    for word in sentence.split(" "):
        node = trie
        replacement = word
        for ch in word:
            node = node.get(ch)
            if node is None:
                break
            if "$" in node:
                replacement = node["$"]
                break
        out.append(replacement)
    return " ".join(out)
