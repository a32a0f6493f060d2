def num_decodings(s):
    # Every way to cut s into pieces of one or two digits, each piece checked against 1..26
    # without a leading zero; nothing remembered, so exponential.
    def count(i):
        if i == len(s):
            return 1
        total = 0
        for size in (1, 2):
            piece = s[i:i + size]
            if len(piece) == size and piece[0] != "0" and 1 <= int(piece) <= 26:
                total += count(i + size)
        return total

    return count(0)
