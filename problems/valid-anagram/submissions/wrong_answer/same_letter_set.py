# Bug: compares which letters occur, not how many times, so "aab" and "abb" pass.
def is_anagram(s, t):
    return len(s) == len(t) and set(s) == set(t)
