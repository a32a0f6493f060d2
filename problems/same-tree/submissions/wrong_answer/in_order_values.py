# Bug: compares the in-order lists of values, which forget which side each node was on.
def is_same_tree(p, q):
    def in_order(node):
        return in_order(node.left) + [node.val] + in_order(node.right) if node else []

    return in_order(p) == in_order(q)
