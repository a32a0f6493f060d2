# Correct but factorial: tries every ordering of s1 as a substring of s2.
def check_inclusion(s1, s2):
    for p in itertools.permutations(s1):
        if "".join(p) in s2:
            return True
    return False
