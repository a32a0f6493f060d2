def check_inclusion(s1, s2):
    # A window of len(s1) slides over s2; its letter counts are compared with s1's.
    m, n = len(s1), len(s2)
    if m > n:
        return False
    need = [0] * 26
    for ch in s1:
        need[ord(ch) - 97] += 1
    window = [0] * 26
    for i, ch in enumerate(s2):
        window[ord(ch) - 97] += 1
        if i >= m:
            window[ord(s2[i - m]) - 97] -= 1
        if window == need:
            return True
    return False
