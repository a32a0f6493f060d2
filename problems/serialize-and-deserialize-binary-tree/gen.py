SHAPES = ("random", "balanced", "complete", "left", "right", "zigzag", "vine")
VALUES = {
    "wide": (-1000, 1000),     # the whole range
    "digits": (0, 9),          # one character each: a fixed-width reader or a lost digit shows
    "negative": (-1000, -1),   # every value has a minus sign
    "long": (-1000, -100),     # four or five characters each: the longest encodings
}


def generate(n, rng, kind=None):
    """A tree of n nodes (`trees` is the judge's tree helper). kind is "/"-separated words, in
    any order:
      a shape     random, balanced, complete, left, right, zigzag (depth n), vine
      values      wide (-1000..1000, the default), digits (0..9), negative (-1000..-1),
                  long (-1000..-100: the most characters per node), extremes (only -1000,
                  0 and 1000), equal (one value everywhere), bst (distinct values in
                  0..10^4 placed so that the tree is a binary search tree: the follow-up's)
    "worst" stands for "left/long": a left chain n deep with the longest values, where copying
    each subtree's tokens again at every level, or rescanning each left subtree to find where
    it ends, costs the most. Without a kind: a shape and a value style drawn at random (bst
    aside), so that the stress inputs cover all of them."""
    words = (kind or "").split("/")
    if words == ["worst"]:
        words = ["left", "long"]
    shape, values = None, None
    for word in words:
        if word in SHAPES:
            shape = word
        elif word in VALUES or word in ("extremes", "equal", "bst"):
            values = word
        elif word:
            raise ValueError("unknown kind %r" % (kind,))
    if kind is None:
        shape = rng.choice(SHAPES + ("random", "random"))
        values = rng.choice(("wide", "wide", "digits", "negative", "long", "extremes", "equal"))
    shape, values = shape or "random", values or "wide"
    nodes = trees.shape(n, rng, shape)
    if values == "bst":
        vals = trees.bst_values(nodes, rng, 0, 10**4)
    elif values == "extremes":
        vals = [rng.choice((-1000, 0, 1000)) for _ in range(n)]
    elif values == "equal":
        vals = [rng.randint(-1000, 1000)] * n
    else:
        lo, hi = VALUES[values]
        vals = trees.random_values(n, rng, lo, hi)
    return {"root": trees.level_order(nodes, vals)}
