def _tree(n, rng, shape):
    """Parent-child pairs of a tree on the nodes 1..n with shuffled labels: "random" attaches
    each node to a random earlier one, "deep" to one of the last three (depth near n), "path"
    makes 1 - 2 - ... - n in label order, "star" hangs every node from node 1."""
    if shape == "path":
        return [(i, i + 1) for i in range(1, n)]
    if shape == "star":
        return [(1, i) for i in range(2, n + 1)]
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    pairs = []
    for i in range(1, n):
        j = rng.randrange(i) if shape == "random" else max(0, i - 1 - rng.randrange(3))
        pairs.append((labels[j], labels[i]))
    return pairs


def _extra(n, pairs, rng):
    """A random pair of nodes that are not directly linked."""
    linked = {frozenset(p) for p in pairs}
    while True:
        a, b = rng.sample(range(1, n + 1), 2)
        if frozenset((a, b)) not in linked:
            return (a, b)


def _cycle_edges(pairs, n):
    """Indices of the edges on the only cycle, found by trimming leaves."""
    degree = [0] * (n + 1)
    graph = [[] for _ in range(n + 1)]
    for i, (a, b) in enumerate(pairs):
        degree[a] += 1
        degree[b] += 1
        graph[a].append(b)
        graph[b].append(a)
    gone = [False] * (n + 1)
    leaves = [v for v in range(1, n + 1) if degree[v] == 1]
    while leaves:
        v = leaves.pop()
        gone[v] = True
        for w in graph[v]:
            if not gone[w]:
                degree[w] -= 1
                if degree[w] == 1:
                    leaves.append(w)
    return {i for i, (a, b) in enumerate(pairs) if not gone[a] and not gone[b]}


def generate(n, rng, kind="random"):
    """n edges on the nodes 1..n (3 <= n <= 10^5). Kinds:
    "random": a random tree plus one extra edge, shuffled, ends in random order; one time in
      four the tree is deep or a star, one time in four the edges are tidy ([small, large],
      sorted), so small inputs cover many shapes;
    "ring": all n nodes on the cycle, so every edge qualifies and the last one is the answer;
    "chain": the path 1 - 2 - ... - n in order, then an edge from n back into it (the cycle
      closes with the last edge, after a long path);
    "star": node 1 linked to 2, 3, ..., n in order as [1, i], then an edge between two leaves;
    "star-hub-last": the same written [i, 1];
    "cycle-first": a random tree plus one edge, the cycle's edges listed before all others, so
      the answer comes early and many edges follow it;
    "deep": a random deep tree (depth near n) plus one edge, shuffled.
    A "directed_" prefix gives the follow-up's input: a rooted tree with edges [parent, child]
    plus one directed edge; "directed_random" picks one of "directed_root" (the extra edge
    points at the root: a cycle, no node with two parents), "directed_two" (a second parent,
    no cycle), "directed_loop" (a second parent that closes a cycle); "directed_deep" is a
    deep tree with any of the three."""
    n = max(3, min(n, 10**5))
    if kind.startswith("directed_"):
        return _directed(n, rng, kind.removeprefix("directed_"))
    if kind == "ring":
        labels = list(range(1, n + 1))
        rng.shuffle(labels)
        edges = [[labels[i], labels[(i + 1) % n]] for i in range(n)]
        rng.shuffle(edges)
        for e in edges:
            if rng.random() < 0.5:
                e.reverse()
        return {"edges": edges}
    if kind == "chain":
        edges = [[i, i + 1] for i in range(1, n)]
        edges.append([n, rng.randint(1, n - 2)])
        return {"edges": edges}
    if kind in ("star", "star-hub-last"):
        edges = [[1, i] for i in range(2, n + 1)]
        a, b = rng.sample(range(2, n + 1), 2)
        edges.append([a, b])
        if kind == "star-hub-last":
            edges = [[b, a] for a, b in edges]
        return {"edges": edges}
    shape, tidy = "random", False
    if kind == "deep":
        shape = "deep"
    elif kind == "random":
        roll = rng.random()
        shape = "deep" if roll < 0.15 else "star" if roll < 0.25 else "random"
        tidy = rng.random() < 0.25
    pairs = _tree(n, rng, shape)
    if shape == "star":
        labels = list(range(1, n + 1))
        rng.shuffle(labels)
        pairs = [(labels[a - 1], labels[b - 1]) for a, b in pairs]
    pairs.append(_extra(n, pairs, rng))
    rng.shuffle(pairs)
    if kind == "cycle-first":
        on_cycle = _cycle_edges(pairs, n)
        pairs = [p for i, p in enumerate(pairs) if i in on_cycle] + \
                [p for i, p in enumerate(pairs) if i not in on_cycle]
    if tidy:
        return {"edges": sorted([min(p), max(p)] for p in pairs)}
    return {"edges": [list(p) if rng.random() < 0.5 else [p[1], p[0]] for p in pairs]}


def _directed(n, rng, kind):
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    root = labels[0]
    parent = {}
    children = {v: [] for v in labels}
    for i in range(1, n):
        j = rng.randrange(i) if kind != "deep" else max(0, i - 1 - rng.randrange(3))
        parent[labels[i]] = labels[j]
        children[labels[j]].append(labels[i])
    if kind in ("random", "deep"):
        kind = rng.choice(["root", "two", "loop"])

    def below(v):
        found, stack = [], list(children[v])
        while stack:
            w = stack.pop()
            found.append(w)
            stack.extend(children[w])
        return found

    if kind == "loop" and all(not children[v] for v in labels[1:]):
        kind = "two"  # a star has no node below a non-root node to close a cycle from
    if kind == "root":
        u, v = rng.choice(labels[1:]), root
    else:
        # v gets a second parent u: for "loop" a node below v (closing a cycle), for "two" a
        # node neither below v nor its parent (no cycle).
        while True:
            v = rng.choice([w for w in labels[1:] if children[w]] if kind == "loop" else labels[1:])
            under = below(v)
            if kind == "loop":
                choices = under
            else:
                banned = set(under) | {v, parent[v]}
                choices = [w for w in labels if w not in banned]
            if choices:
                u = rng.choice(choices)
                break
    edges = [[p, c] for c, p in parent.items()]
    edges.append([u, v])
    rng.shuffle(edges)
    return {"edges": edges}
