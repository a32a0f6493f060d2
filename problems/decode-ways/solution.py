def num_decodings(s):
    # prev, cur: the decodings of the prefix one digit shorter and of the prefix so far; before
    # the first digit, the empty prefix has one decoding.
    prev, cur = 0, 1
    for i, ch in enumerate(s):
        nxt = cur if ch != "0" else 0
        if i > 0 and (s[i - 1] == "1" or (s[i - 1] == "2" and ch <= "6")):
            nxt += prev
        prev, cur = cur, nxt
    return cur
