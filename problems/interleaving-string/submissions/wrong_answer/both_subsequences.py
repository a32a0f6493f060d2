# Bug: checks that the lengths add up and that s1 and s2 each appear in s3 in order, but
# not that they can use different letters of s3.
def is_interleave(s1, s2, s3):
    if len(s1) + len(s2) != len(s3):
        return False

    def in_order(small):
        letters = iter(s3)
        return all(ch in letters for ch in small)

    return in_order(s1) and in_order(s2)
