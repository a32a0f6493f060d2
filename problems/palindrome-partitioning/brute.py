def partition(s):
    # Every set of cut positions (2^(n-1) of them); keep those whose pieces all read the same
    # backwards.
    n = len(s)
    found = []
    for mask in range(1 << (n - 1)):
        pieces, start = [], 0
        for k in range(1, n + 1):
            if k == n or mask >> (k - 1) & 1:
                pieces.append(s[start:k])
                start = k
        if all(p == p[::-1] for p in pieces):
            found.append(pieces)
    return found
