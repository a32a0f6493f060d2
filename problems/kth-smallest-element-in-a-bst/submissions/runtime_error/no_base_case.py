# Bug: the in-order helper has no base case, so it follows a missing child into None.
def kth_smallest(root, k):
    def in_order(node):
        return in_order(node.left) + [node.val] + in_order(node.right)

    return in_order(root)[k - 1]
