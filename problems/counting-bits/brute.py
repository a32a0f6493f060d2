def count_bits(n):
    # Count each number's bits on its own: O(log n) each, O(n log n) in all.
    out = []
    for i in range(n + 1):
        count = 0
        x = i
        while x:
            count += x % 2
            x //= 2
        out.append(count)
    return out
