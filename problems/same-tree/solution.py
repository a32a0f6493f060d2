def is_same_tree(p, q):
    # Walk both trees in lockstep: each pair holds the nodes at the same position in p and q.
    # Stop at the first position where they differ.
    pairs = [(p, q)]
    while pairs:
        a, b = pairs.pop()
        if a is None and b is None:
            continue
        if a is None or b is None or a.val != b.val:
            return False
        pairs.append((a.left, b.left))
        pairs.append((a.right, b.right))
    return True
