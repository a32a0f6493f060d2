import random


def k_closest(points, k):
    # Quickselect on squared distances: a random pivot splits the candidates into nearer,
    # equal and farther; keep going only on the side that holds the cut. Expected O(n).
    rng = random.Random(0)
    cand = [(x * x + y * y, i) for i, (x, y) in enumerate(points)]
    chosen = []
    need = k
    while need > 0:
        pivot = cand[rng.randrange(len(cand))][0]
        nearer = [c for c in cand if c[0] < pivot]
        if need < len(nearer):
            cand = nearer
            continue
        chosen += nearer
        need -= len(nearer)
        equal = [c for c in cand if c[0] == pivot]
        if need <= len(equal):
            chosen += equal[:need]
            break
        chosen += equal
        need -= len(equal)
        cand = [c for c in cand if c[0] > pivot]
    return [points[i] for _, i in chosen]
