# Correct but exponential: branches on every letter both strings could supply and
# remembers nothing, so long runs of a shared letter are split every possible way.
def is_interleave(s1, s2, s3):
    if len(s1) + len(s2) != len(s3):
        return False

    def can(a, b, c):
        if not c:
            return True
        if a and a[0] == c[0] and can(a[1:], b, c[1:]):
            return True
        return bool(b) and b[0] == c[0] and can(a, b[1:], c[1:])

    return can(s1, s2, s3)
