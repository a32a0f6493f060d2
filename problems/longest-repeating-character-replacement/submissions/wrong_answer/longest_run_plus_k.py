# Bug: adds k to the longest existing run, as if the changes could always extend it; they can
# run out of string, and changes may be best spent joining two runs.
def character_replacement(s, k):
    best = run = 1
    for i in range(1, len(s)):
        run = run + 1 if s[i] == s[i - 1] else 1
        best = max(best, run)
    return best + k
