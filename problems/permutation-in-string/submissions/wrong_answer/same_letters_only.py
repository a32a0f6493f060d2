# Bug: compares the sets of letters, not their counts, so "aab" seems to fit in "abb".
def check_inclusion(s1, s2):
    m = len(s1)
    letters = set(s1)
    return any(set(s2[i:i + m]) == letters for i in range(len(s2) - m + 1))
