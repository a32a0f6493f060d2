def lowest_common_ancestor(root, p, q):
    # Walk down to where p and q part, as before; then make sure each is really below that
    # node by searching for its value from there. Every step goes one level down: O(h).
    node = root
    while node is not None:
        if p.val < node.val and q.val < node.val:
            node = node.left
        elif p.val > node.val and q.val > node.val:
            node = node.right
        else:
            break
    if node is None:
        return None
    for value in (p.val, q.val):
        probe = node
        while probe is not None and probe.val != value:
            probe = probe.left if value < probe.val else probe.right
        if probe is None:
            return None
    return node
