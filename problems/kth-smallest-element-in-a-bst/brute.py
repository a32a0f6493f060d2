def kth_smallest(root, k):
    # Collect every value, then return the one with exactly k - 1 values below it: O(n^2).
    values, stack = [], [root]
    while stack:
        node = stack.pop()
        if node is not None:
            values.append(node.val)
            stack.append(node.left)
            stack.append(node.right)
    for v in values:
        if sum(1 for w in values if w < v) == k - 1:
            return v
