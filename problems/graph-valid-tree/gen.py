def _tree(n, rng, shape="random"):
    """The edges of a tree on 0..n-1 with shuffled labels, each as (parent, child): "random"
    attaches each node to a random earlier one, "deep" to one of the last three (depth near n)."""
    labels = list(range(n))
    rng.shuffle(labels)
    pairs = []
    for i in range(1, n):
        j = rng.randrange(i) if shape == "random" else max(0, i - 1 - rng.randrange(3))
        pairs.append((labels[j], labels[i]))
    return pairs


def _component(pairs, start):
    graph = {}
    for a, b in pairs:
        graph.setdefault(a, []).append(b)
        graph.setdefault(b, []).append(a)
    seen, stack = {start}, [start]
    while stack:
        for w in graph.get(stack.pop(), []):
            if w not in seen:
                seen.add(w)
                stack.append(w)
    return seen


def _flip(pairs, rng):
    return [list(p) if rng.random() < 0.5 else [p[1], p[0]] for p in pairs]


def generate(n, rng, kind="random"):
    """n nodes (1 <= n <= 10^5). Kinds, with the answer they give:
    "tree": a random tree, edges shuffled, ends in random order (True);
    "deep": the same with depth near n (True);
    "path": 0 - 1 - ... - n-1, edges in order (True);
    "star": node 0 joined to 1, 2, ..., n-1 in order, as [0, i] (True);
    "cycle": a random tree plus one more edge, n edges (False);
    "split-cycle": n - 1 edges, but a tree edge is replaced by one closing a cycle inside one
      piece, listed last (False: the count is right);
    "duplicate": n - 1 edges, a tree edge replaced by a second copy of another one (False);
    "forest": a tree missing one edge, n - 2 edges (False);
    "dense": 2n random edges, at most 2 * 10^5 (False);
    "random": one of the above at random, so small inputs cover every shape.
    A "directed_" prefix gives the follow-up's input, edges [parent, child]: "directed_tree" a
    rooted tree (True); "directed_flip" the same with one edge reversed that does not leave
    the root (False: a node with two parents; True only when every edge leaves the root); "directed_loop" a rooted tree with one edge
    redirected so it closes a cycle away from the root (False); "directed_random" one of
    them, or any undirected kind."""
    n = max(1, min(n, 10**5))
    if kind.startswith("directed_"):
        return _directed(n, rng, kind.removeprefix("directed_"))
    if kind == "random":
        kind = rng.choice(["tree", "tree", "deep", "path", "star", "cycle", "split-cycle",
                           "split-cycle", "duplicate", "forest", "dense"])
    if kind == "path":
        return {"n": n, "edges": [[i, i + 1] for i in range(n - 1)]}
    if kind == "star":
        return {"n": n, "edges": [[0, i] for i in range(1, n)]}
    if kind == "dense":
        m = min(2 * n, 2 * 10**5) if n > 1 else 0
        return {"n": n, "edges": [rng.sample(range(n), 2) for _ in range(m)]}
    pairs = _tree(n, rng, "deep" if kind == "deep" else "random")
    last = []
    if kind == "cycle" and n >= 2:
        # a pair that is not yet an edge, or a repeat when n == 2
        linked = {frozenset(p) for p in pairs}
        free = [(a, b) for a in range(n) for b in range(a + 1, n) if frozenset((a, b)) not in linked] \
            if n <= 60 else None
        if free == []:
            pairs.append(pairs[rng.randrange(len(pairs))])
        elif free is not None:
            pairs.append(rng.choice(free))
        else:
            while True:
                a, b = rng.sample(range(n), 2)
                if frozenset((a, b)) not in linked:
                    pairs.append((a, b))
                    break
    elif kind == "forest" and n >= 2:
        pairs.pop(rng.randrange(len(pairs)))
    elif kind == "duplicate" and n >= 3:
        pairs.pop(rng.randrange(len(pairs)))
        pairs.append(pairs[rng.randrange(len(pairs))])
    elif kind == "split-cycle" and n >= 4:
        # Drop a tree edge; if one of the two pieces has 3 or more nodes, close a cycle in it.
        order = list(range(len(pairs)))
        rng.shuffle(order)
        for i in order:
            rest = pairs[:i] + pairs[i + 1:]
            piece = _component(rest, pairs[i][0])
            if len(piece) < 3:
                piece = _component(rest, pairs[i][1])
            if len(piece) >= 3:
                nodes = sorted(piece)
                linked = {frozenset(p) for p in rest}
                for _ in range(100):
                    a, b = rng.sample(nodes, 2)
                    if frozenset((a, b)) not in linked:
                        pairs = rest
                        last = [(a, b)]
                        break
                if last:
                    break
    rng.shuffle(pairs)
    return {"n": n, "edges": _flip(pairs + last, rng)}


def _directed(n, rng, kind):
    if kind == "random":
        kind = rng.choice(["tree", "tree", "flip", "flip", "loop", "undirected"])
        if kind == "undirected":
            return generate(n, rng)
    pairs = _tree(n, rng, rng.choice(["random", "deep"]))
    if kind == "flip" and pairs:
        # Reversing an edge out of the root only moves the root; reverse one below it, so that
        # its upper end gets a second parent.
        root = pairs[0][0]
        lower = [i for i, (p, c) in enumerate(pairs) if p != root] or [0]
        i = rng.choice(lower)
        pairs[i] = (pairs[i][1], pairs[i][0])
    elif kind == "loop" and n >= 3:
        # Give some node v a new parent below it instead of its own: a cycle cut off from the
        # root, while every node still has at most one parent.
        children = {}
        for p, c in pairs:
            children.setdefault(p, []).append(c)
        inner = [i for i, (p, c) in enumerate(pairs) if c in children]
        if inner:
            i = rng.choice(inner)
            v = pairs[i][1]
            below, stack = [], list(children[v])
            while stack:
                w = stack.pop()
                below.append(w)
                stack.extend(children.get(w, []))
            pairs[i] = (rng.choice(below), v)
    rng.shuffle(pairs)
    return {"n": n, "edges": [list(p) for p in pairs]}
