# class: O(n)
# problem: validate-binary-search-tree
# note: recursion passing the open interval each subtree must lie in
def is_valid_bst(root):
    def ok(node, low, high):
        if node is None:
            return True
        if not low < node.val < high:
            return False
        return ok(node.left, low, node.val) and ok(node.right, node.val, high)
    return ok(root, float("-inf"), float("inf"))
