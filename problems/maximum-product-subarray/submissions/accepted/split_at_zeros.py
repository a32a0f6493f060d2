# Between zeros: all of a segment when it holds an even number of negatives, otherwise the
# segment without its first negative's prefix or without its last negative's suffix.
def max_product(nums):
    def product(values):
        p = 1
        for v in values:
            p *= v
        return p

    best = max(nums)
    segment = []
    for x in nums + [0]:
        if x != 0:
            segment.append(x)
            continue
        negatives = [i for i, v in enumerate(segment) if v < 0]
        if len(negatives) % 2 == 0:
            candidates = [segment]
        else:
            candidates = [segment[negatives[0] + 1:], segment[:negatives[-1]]]
        for part in candidates:
            if part:
                best = max(best, product(part))
        segment = []
    return best
