def generate(n, rng, kind="random"):
    """A list of n nodes written as [value, index of the random target or None].

    Half the lists draw their values from -3..3, so values repeat and say nothing about which
    node is which; the others use the whole range -10^4..10^4. `kind` shapes the random
    pointers:
      random    each points at any node (itself included), or at None one time in ten
      all-null  every random pointer is None
      self      every node's random points at the node itself
      backward  each points at an earlier node (node 0 at None)
      forward   each points at a later node (the last one at None)
      to-head   every random pointer points at the first node
      to-tail   every random pointer points at the last node
      equal     every value equal, random pointers as in "random"
    """
    if kind == "equal":
        value = rng.randint(-10**4, 10**4)
        values = [value] * n
    elif rng.random() < 0.5:
        values = [rng.randint(-3, 3) for _ in range(n)]
    else:
        values = [rng.randint(-10**4, 10**4) for _ in range(n)]

    def target(i):
        if kind == "all-null":
            return None
        if kind == "self":
            return i
        if kind == "backward":
            return rng.randrange(i) if i > 0 else None
        if kind == "forward":
            return rng.randrange(i + 1, n) if i + 1 < n else None
        if kind == "to-head":
            return 0
        if kind == "to-tail":
            return n - 1
        return None if rng.random() < 0.1 else rng.randrange(n)

    return {"head": [[values[i], target(i)] for i in range(n)]}
