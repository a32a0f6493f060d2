from collections import Counter


def character_replacement(s, k):
    # Sliding window: it is valid while its length minus its most common letter's count is at
    # most k. The window never needs to shrink, only to slide: a longer answer needs a letter
    # count above the best seen so far, so `most` may stay a stale maximum.
    counts = Counter()
    start = most = best = 0
    for end, ch in enumerate(s):
        counts[ch] += 1
        most = max(most, counts[ch])
        if end - start + 1 - most > k:
            counts[s[start]] -= 1
            start += 1
        best = max(best, end - start + 1)
    return best
