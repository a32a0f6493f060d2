# Bug: assumes p < q, so it compares q alone against going left and p alone against going
# right; with p > q it walks the wrong way.
def lowest_common_ancestor(root, p, q):
    node = root
    while node:
        if q.val < node.val:
            node = node.left
        elif p.val > node.val:
            node = node.right
        else:
            return node
