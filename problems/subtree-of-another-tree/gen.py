SHAPES = ("random", "balanced", "complete", "left", "right", "zigzag", "vine")
CHANGES = ("match", "near", "top", "extra", "other")


def generate(n, rng, kind=None):
    """A tree `root` of n nodes and a tree `subRoot` (`trees` is the judge's tree helper).
    kind is "/"-separated words, in any order:
      a shape for root   random (the default), balanced, complete, left, right, zigzag, vine
      a change           match: subRoot is a copy of one of root's subtrees;
                         near: such a copy with the value of its deepest node changed;
                         top: such a copy missing one of its leaves (root's subtree goes on
                         below where subRoot stops);
                         extra: such a copy with one leaf added;
                         other: an unrelated tree
      equal              every value of root is the same, so that every node of root matches
                         subRoot's root value (with near: a near miss at every node)
      half               copy the subtree whose size is closest to n / 2, not a random one
    subRoot has at most 1000 nodes, or n / 2 for larger trees (a follow-up's sizes).
    "worst" stands for "right/near/equal/half": the case that costs comparing subRoot at
    every node the most. Without a kind: random shape, change and values, the values from a
    small range (or all equal) most of the time so that matching values are common."""
    words = (kind or "").split("/")
    if words == ["worst"]:
        words = ["right", "near", "equal", "half"]
    shape, change, equal, half = "random", None, False, False
    for word in words:
        if word in SHAPES:
            shape = word
        elif word in CHANGES:
            change = word
        elif word == "equal":
            equal = True
        elif word == "half":
            half = True
        elif word:
            raise ValueError("unknown kind %r" % (kind,))
    n = max(n, 1)
    if kind is None:
        change = rng.choice(CHANGES[:4] * 2 + ("other",))
        style = rng.random()
        equal = style < 0.2
        lo, hi = (-2, 2) if style < 0.7 else (-10**4, 10**4)
    else:
        change = change or "match"
        lo, hi = -10**4, 10**4
    nodes = trees.shape(n, rng, shape)
    vals = [rng.randint(lo, hi)] * n if equal else trees.random_values(n, rng, lo, hi)
    root = trees.level_order(nodes, vals)
    cap = max(1000, n // 2) - (change == "extra")

    if change == "other":
        m = rng.randint(1, min(n, cap))
        return {"root": root, "subRoot": trees.random_tree(m, rng, shape, lo, hi)}

    size = [1] * n
    for k in trees.post_order(nodes):
        size[k] += sum(size[c] for c in nodes[k] if c is not None)
    fits = [k for k in range(n) if size[k] <= cap and (change != "top" or size[k] > 1)]
    if not fits:
        fits, change = [k for k in range(n) if size[k] <= cap], "near"
    if half:
        k = min(fits, key=lambda k: abs(size[k] - min(cap, max(1, n // 2))))
    else:
        k = rng.choice(fits)
    # Copy the subtree under k, renumbered from 0 in breadth-first order.
    order = [k]
    for j in order:
        order.extend(c for c in nodes[j] if c is not None)
    new = {old: i for i, old in enumerate(order)}
    sub = [[None if c is None else new[c] for c in nodes[old]] for old in order]
    sub_vals = [vals[old] for old in order]
    if change == "near":
        last = len(order) - 1
        sub_vals[last] += 1 if sub_vals[last] < hi else -1
    elif change == "top":
        parent = trees.parents(sub)
        leaf = rng.choice([j for j in range(1, len(sub)) if sub[j] == [None, None]])
        sub[parent[leaf]][sub[parent[leaf]].index(leaf)] = None
    elif change == "extra":
        j, side = rng.choice([(j, s) for j in range(len(sub)) for s in (0, 1) if sub[j][s] is None])
        sub[j][side] = len(sub)
        sub.append([None, None])
        sub_vals.append(rng.randint(lo, hi))
    return {"root": root, "subRoot": trees.level_order(sub, sub_vals)}
