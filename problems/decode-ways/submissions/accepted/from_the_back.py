# Right to left with two variables: the decodings of the suffix after this digit and of the
# one after that.
def num_decodings(s):
    after, after2 = 1, 0
    for i in range(len(s) - 1, -1, -1):
        if s[i] == "0":
            here = 0
        else:
            here = after
            if i + 1 < len(s) and int(s[i:i + 2]) <= 26:
                here += after2
        after, after2 = here, after
    return after
