def kth_smallest(root, k):
    # The kth largest: the same walk mirrored (right subtree, node, left subtree).
    stack, node = [], root
    while True:
        while node is not None:
            stack.append(node)
            node = node.right
        node = stack.pop()
        k -= 1
        if k == 0:
            return node.val
        node = node.left
