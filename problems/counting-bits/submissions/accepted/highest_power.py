# bits[i] = bits[i - p] + 1, with p the highest power of two not above i.
def count_bits(n):
    bits = [0] * (n + 1)
    p = 1
    for i in range(1, n + 1):
        if p * 2 == i:
            p = i
        bits[i] = bits[i - p] + 1
    return bits
