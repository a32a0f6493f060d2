def good_nodes(root):
    # Carry the two largest values above each node (counting repeats: two ancestors holding
    # the same value are two larger ancestors). At most one ancestor is greater than the node
    # exactly when the second largest is not.
    count = 0
    low = float("-inf")
    stack = [(root, low, low)]
    while stack:
        node, first, second = stack.pop()
        if node.val >= second:
            count += 1
        if node.val >= first:
            first, second = node.val, first
        elif node.val > second:
            second = node.val
        for child in (node.left, node.right):
            if child is not None:
                stack.append((child, first, second))
    return count
