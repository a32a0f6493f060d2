def is_same_tree(p, q):
    # q must be p flipped left to right: p's left child pairs with q's right child.
    pairs = [(p, q)]
    while pairs:
        a, b = pairs.pop()
        if a is None and b is None:
            continue
        if a is None or b is None or a.val != b.val:
            return False
        pairs.append((a.left, b.right))
        pairs.append((a.right, b.left))
    return True
