def two_sum(numbers, target):
    # Find where the smallest value sits; from there, positions modulo n are sorted again.
    n = len(numbers)
    start = 0
    for i in range(1, n):
        if numbers[i] < numbers[i - 1]:
            start = i
            break
    lo, hi = start, start + n - 1
    while lo < hi:
        total = numbers[lo % n] + numbers[hi % n]
        if total == target:
            i, j = sorted((lo % n, hi % n))
            return [i + 1, j + 1]
        if total < target:
            lo += 1
        else:
            hi -= 1
    return []
