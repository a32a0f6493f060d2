# Bug: a pair is checked only against the upper bound 26, so "06" is taken as a code.
def num_decodings(s):
    prev, cur = 0, 1
    for i in range(len(s)):
        nxt = cur if s[i] != "0" else 0
        if i > 0 and int(s[i - 1:i + 1]) <= 26:
            nxt += prev
        prev, cur = cur, nxt
    return cur
