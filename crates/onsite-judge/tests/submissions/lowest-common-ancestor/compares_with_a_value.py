# expect: wrong_answer | runtime_error
# Treats p and q as values (the signature before LeetCode's nodes were passed): comparing a
# node with an int never matches, so the search walks off the tree.
def lowest_common_ancestor(root, p, q):
    def find(node):
        if node is None or node.val == p or node.val == q:
            return node
        left, right = find(node.left), find(node.right)
        return node if left and right else left or right

    return find(root)
