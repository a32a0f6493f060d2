def lowest_common_ancestor(root, p, q):
    # Walk down one path: while both values lie on the same side of the node, their lowest
    # common ancestor is on that side too. The first node where they part (or that is one of
    # them) is the answer. O(h) time, O(1) space.
    node = root
    while True:
        if p.val < node.val and q.val < node.val:
            node = node.left
        elif p.val > node.val and q.val > node.val:
            node = node.right
        else:
            return node
