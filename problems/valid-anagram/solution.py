def is_anagram(s, t):
    # Lengths first; then 26 counters: +1 for each letter of s, -1 for each letter of t.
    if len(s) != len(t):
        return False
    counts = [0] * 26
    for a, b in zip(s, t):
        counts[ord(a) - 97] += 1
        counts[ord(b) - 97] -= 1
    return all(c == 0 for c in counts)
