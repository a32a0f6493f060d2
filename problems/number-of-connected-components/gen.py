def generate(n, rng, kind="random"):
    """n nodes. kind "random": about 0.6n random edges (many components of many sizes);
    "path": one path 0-1-2-..., in order; "shuffled-path": the path's edges and labels
    shuffled; "sparse": n / 10 edges."""
    n = max(n, 1)
    if kind in ("path", "shuffled-path"):
        labels = list(range(n))
        if kind == "shuffled-path":
            rng.shuffle(labels)
        edges = [[labels[i], labels[i + 1]] for i in range(n - 1)]
        if kind == "shuffled-path":
            rng.shuffle(edges)
        return {"n": n, "edges": edges}
    count = n // 10 if kind == "sparse" else (6 * n) // 10
    edges = []
    if n > 1:
        for _ in range(count):
            a, b = rng.sample(range(n), 2)
            edges.append([a, b])
    return {"n": n, "edges": edges}
