from collections import Counter


def length_of_longest_substring(s):
    # A window of counts: grow on the right, shrink on the left while a character is over 2.
    counts = Counter()
    start = best = 0
    for i, ch in enumerate(s):
        counts[ch] += 1
        while counts[ch] > 2:
            counts[s[start]] -= 1
            start += 1
        best = max(best, i - start + 1)
    return best
