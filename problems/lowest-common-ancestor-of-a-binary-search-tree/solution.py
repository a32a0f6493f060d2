def lowest_common_ancestor(root, p, q):
    # Walk down one path: while both values lie on the same side of the node, their lowest
    # common ancestor is on that side too. The first node where they part (or that holds one
    # of them) is the answer. O(h) time, O(1) space.
    node = root
    while True:
        if p < node.val and q < node.val:
            node = node.left
        elif p > node.val and q > node.val:
            node = node.right
        else:
            return node.val
