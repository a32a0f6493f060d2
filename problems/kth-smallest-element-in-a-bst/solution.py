def kth_smallest(root, k):
    # In-order walk with an explicit stack (no recursion, so a 10^4-deep chain is fine),
    # stopping at the kth node it visits: O(h + k) time, O(h) space.
    stack, node = [], root
    while True:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        k -= 1
        if k == 0:
            return node.val
        node = node.right
