# Counts of each value; for each pair of distinct values a <= b the third value is -a - b,
# which must be at least b and occur often enough. O(d^2) for d distinct values.
def three_sum(nums):
    count = Counter(nums)
    values = sorted(count)
    out = []
    for i, a in enumerate(values):
        if a > 0:
            break
        for b in values[i:]:
            c = -a - b
            if c < b:
                break
            if c not in count:
                continue
            if a == b == c:
                ok = count[a] >= 3
            elif a == b or b == c:
                ok = count[b] >= 2
            else:
                ok = True
            if ok:
                out.append([a, b, c])
    return out
