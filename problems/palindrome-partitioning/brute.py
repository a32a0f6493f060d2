def partition(s):
    # Every set of cut positions (2^(n-1) of them); keep those whose pieces all read the same
    # backwards (a set is dropped at its first piece that does not).
    n = len(s)
    found = []
    for mask in range(1 << (n - 1)):
        pieces, start = [], 0
        for k in range(1, n + 1):
            if k == n or mask >> (k - 1) & 1:
                piece = s[start:k]
                if piece != piece[::-1]:
                    break
                pieces.append(piece)
                start = k
        else:
            found.append(pieces)
    return found
