def count_substrings(s):
    """Distinct palindromic substrings with a palindromic tree (eertree): O(n) nodes, each new
    character adds at most one new palindrome, found by walking suffix links."""
    length = [-1, 0]  # node 0: the imaginary root of length -1; node 1: the empty palindrome
    link = [0, 0]
    edges = [{}, {}]
    last = 1

    def longest_extendable(node, i, ch):
        # The longest palindromic suffix (from node down its links) that ch extends at i.
        while True:
            k = i - length[node] - 1
            if k >= 0 and s[k] == ch:
                return node
            node = link[node]

    for i, ch in enumerate(s):
        parent = longest_extendable(last, i, ch)
        if ch in edges[parent]:
            last = edges[parent][ch]
            continue
        node = len(length)
        length.append(length[parent] + 2)
        edges.append({})
        link.append(1 if length[node] == 1 else edges[longest_extendable(link[parent], i, ch)][ch])
        edges[parent][ch] = node
        last = node
    return len(length) - 2
