def is_anagram(s, t):
    # Pair each character of s with an unused equal character of t.
    if len(s) != len(t):
        return False
    used = [False] * len(t)
    for ch in s:
        for j in range(len(t)):
            if not used[j] and t[j] == ch:
                used[j] = True
                break
        else:
            return False
    return True
