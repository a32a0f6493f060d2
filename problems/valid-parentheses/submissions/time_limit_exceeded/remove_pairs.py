# Correct but quadratic: removes adjacent pairs one at a time until nothing changes.
def is_valid(s):
    changed = True
    while changed:
        changed = False
        for pair in ("()", "[]", "{}"):
            i = s.find(pair)
            if i >= 0:
                s = s[:i] + s[i + 2:]
                changed = True
    return s == ""
