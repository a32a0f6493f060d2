"""Properties of the `trees` helper offered to generators (run with trees.py's names in scope)."""
import random


def reachable(nodes):
    """Every node reached exactly once from the root, and how deep the tree is."""
    seen, depth, stack = set(), 0, [(0, 1)] if nodes else []
    while stack:
        k, d = stack.pop()
        assert k not in seen, "node %d reached twice" % k
        seen.add(k)
        depth = max(depth, d)
        stack.extend((c, d + 1) for c in nodes[k] if c is not None)
    assert len(seen) == len(nodes), "%d of %d nodes reachable" % (len(seen), len(nodes))
    return depth


def decode(level):
    """Child lists back from a level-order list (the judge's own reading of the encoding)."""
    if not level:
        return [], []
    vals, nodes, queue, i = [level[0]], [[None, None]], [0], 1
    while queue and i < len(level):
        k = queue.pop(0)
        for side in (0, 1):
            if i < len(level) and level[i] is not None:
                nodes.append([None, None])
                vals.append(level[i])
                nodes[k][side] = len(nodes) - 1
                queue.append(len(nodes) - 1)
            i += 1
    return nodes, vals


rng = random.Random(7)
for n in (0, 1, 2, 3, 7, 8, 100, 1000):
    for kind in SHAPES:
        nodes = shape(n, rng, kind)
        assert len(nodes) == n, (kind, n)
        depth = reachable(nodes)
        if kind in ("left", "right", "chain", "zigzag"):
            assert depth == n, (kind, n, depth)
        if kind == "vine":
            assert depth == (n + 1) // 2 + (n > 0 and n % 2 == 0), (kind, n, depth)
        if kind in ("balanced", "complete") and n:
            assert depth == n.bit_length(), (kind, n, depth)
        if kind == "left":
            assert all(r is None for _, r in nodes), "a left chain has no right child"
        vals = random_values(n, rng, -5, 5)
        back, back_vals = decode(level_order(nodes, vals))
        assert len(back) == n and reachable(back) == depth, (kind, n)
        assert sorted(back_vals) == sorted(vals), (kind, n)
        assert from_level_order(level_order(nodes, vals)) == (back, back_vals), (kind, n)
        assert sorted(in_order(nodes)) == list(range(n))
        assert sorted(post_order(nodes)) == list(range(n))
        assert pre_order(nodes)[:1] == ([0] if n else [])
        assert (post_order(nodes)[-1:] == [0]) if n else True
        assert depths(nodes)[:1] == ([1] if n else [])
        assert max(depths(nodes), default=0) == depth
        assert parents(nodes).count(None) == (1 if n else 0)

# A random BST holds the search property and distinct values; level order keeps them in place.
for kind in SHAPES:
    level = random_bst(200, rng, kind, lo=-50, hi=1000)
    nodes, vals = decode(level)
    ordered = [vals[k] for k in in_order(nodes)]
    assert ordered == sorted(set(ordered)) and len(ordered) == 200, kind

# Complete trees are heap-shaped: level order has no gaps.
assert None not in level_order(shape(10, rng, "complete"), list(range(10)))
assert level_order([], []) == []
assert len(set(random_values(50, rng, 0, 49, distinct=True))) == 50
for bad in (lambda: shape(3, rng, "star"), lambda: random_values(5, rng, 0, 3, distinct=True),
            lambda: from_level_order([None, 1]), lambda: from_level_order([1, None, None, 2])):
    try:
        bad()
    except ValueError:
        pass
    else:
        raise AssertionError("a bad request must raise ValueError")
print("ok")
