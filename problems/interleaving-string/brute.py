def is_interleave(s1, s2, s3):
    # Takes the next letter of s3 from s1 or from s2, trying both whenever both match and
    # remembering nothing: exponential when the strings share long runs of one letter.
    if len(s1) + len(s2) != len(s3):
        return False

    def fits(i, j):
        k = i + j
        if k == len(s3):
            return True
        if i < len(s1) and s1[i] == s3[k] and fits(i + 1, j):
            return True
        return j < len(s2) and s2[j] == s3[k] and fits(i, j + 1)

    return fits(0, 0)
