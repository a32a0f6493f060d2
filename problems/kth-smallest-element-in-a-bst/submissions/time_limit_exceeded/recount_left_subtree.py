# Correct but O(n * h): descends from the root comparing k with the size of the left
# subtree, recounting that subtree at every step. On a chain that is O(n^2).
def kth_smallest(root, k):
    def size(node):
        return 0 if node is None else 1 + size(node.left) + size(node.right)

    node = root
    while True:
        left = size(node.left)
        if k <= left:
            node = node.left
        elif k == left + 1:
            return node.val
        else:
            k -= left + 1
            node = node.right
