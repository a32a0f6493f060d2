# Bug: range(n) leaves out n itself; the answer has n + 1 counts.
def count_bits(n):
    return [bin(i).count("1") for i in range(n)]
