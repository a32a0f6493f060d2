# Iterative, with the two values sorted first: the answer is the first node on the way down
# whose value lies between them (inclusive).
def lowest_common_ancestor(root, p, q):
    low, high = min(p.val, q.val), max(p.val, q.val)
    node = root
    while not low <= node.val <= high:
        node = node.left if high < node.val else node.right
    return node
