# Bug: reads every single digit as a letter, 0 included, so "10" counts twice and "05" once.
def num_decodings(s):
    prev, cur = 0, 1
    for i in range(len(s)):
        nxt = cur
        if i > 0 and 10 <= int(s[i - 1:i + 1]) <= 26:
            nxt += prev
        prev, cur = cur, nxt
    return cur
