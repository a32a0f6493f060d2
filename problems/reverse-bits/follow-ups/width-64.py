def reverse_bits(n):
    # log2(64) = 6 rounds: swap the halves, then the 16-bit quarters within each half, and so
    # on down to single bits, each round with a mask that picks every other block.
    mask = (1 << 64) - 1
    width = 32
    while width:
        low = mask // ((1 << width) + 1)  # blocks of `width` ones alternating with zeros
        n = ((n >> width) & low) | ((n & low) << width)
        width //= 2
    return n
