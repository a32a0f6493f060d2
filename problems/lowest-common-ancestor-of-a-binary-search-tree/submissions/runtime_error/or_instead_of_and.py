# Bug: "or" where "and" belongs. When p and q are on different sides, the walk follows one
# of them into its subtree and keeps going until it steps off the tree.
def lowest_common_ancestor(root, p, q):
    node = root
    while True:
        if p.val < node.val or q.val < node.val:
            node = node.left
        elif p.val > node.val or q.val > node.val:
            node = node.right
        else:
            return node
