# Iterative, with the two values sorted first: the answer is the first node on the way down
# whose value lies between them (inclusive).
def lowest_common_ancestor(root, p, q):
    low, high = min(p, q), max(p, q)
    node = root
    while not low <= node.val <= high:
        node = node.left if high < node.val else node.right
    return node.val
