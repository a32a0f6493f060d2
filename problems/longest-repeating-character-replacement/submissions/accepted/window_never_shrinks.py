# The window only grows or slides, so its final length is the answer: len(s) - start.
def character_replacement(s, k):
    counts = [0] * 26
    start = top = 0
    for end in range(len(s)):
        c = ord(s[end]) - ord("A")
        counts[c] += 1
        top = max(top, counts[c])
        if end - start + 1 > top + k:
            counts[ord(s[start]) - ord("A")] -= 1
            start += 1
    return len(s) - start
