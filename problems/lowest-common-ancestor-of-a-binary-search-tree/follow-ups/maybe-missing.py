def lowest_common_ancestor(root, p, q):
    # Walk down to where p and q part, as before; then make sure each value is really below
    # that node by searching for it from there. Every step goes one level down: O(h).
    node = root
    while node is not None:
        if p < node.val and q < node.val:
            node = node.left
        elif p > node.val and q > node.val:
            node = node.right
        else:
            break
    if node is None:
        return -1
    for value in (p, q):
        probe = node
        while probe is not None and probe.val != value:
            probe = probe.left if value < probe.val else probe.right
        if probe is None:
            return -1
    return node.val
