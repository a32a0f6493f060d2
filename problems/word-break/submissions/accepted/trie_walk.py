# A trie of the words; from each reachable position, walk the trie forwards and mark every
# position where a word ends. At most 20 letters per walk: O(n * 20).
def word_break(s, word_dict):
    root = {}
    for w in word_dict:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = True
    n = len(s)
    reach = [False] * (n + 1)
    reach[0] = True
    for start in range(n):
        if not reach[start]:
            continue
        node = root
        for i in range(start, n):
            node = node.get(s[i])
            if node is None:
                break
            if "$" in node:
                reach[i + 1] = True
    return reach[n]
