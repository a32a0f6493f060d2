# Bug: counts into a plain dict with +=, so the first new letter raises KeyError.
def check_inclusion(s1, s2):
    need = {}
    for ch in s1:
        need[ch] += 1
    m = len(s1)
    for i in range(len(s2) - m + 1):
        window = {}
        for ch in s2[i:i + m]:
            window[ch] = window.get(ch, 0) + 1
        if window == need:
            return True
    return False
