def length_of_longest_substring(s):
    # Sliding window: `start` jumps past the previous occurrence of a repeated character.
    last = {}
    start = best = 0
    for i, ch in enumerate(s):
        if last.get(ch, -1) >= start:
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best
