def good_nodes(root):
    # Walk down carrying the largest value above each node; a node is good when it reaches
    # that maximum. An explicit stack: a chain 10^5 deep needs no recursion.
    count = 0
    stack = [(root, root.val)]
    while stack:
        node, highest = stack.pop()
        if node.val >= highest:
            count += 1
            highest = node.val
        if node.left is not None:
            stack.append((node.left, highest))
        if node.right is not None:
            stack.append((node.right, highest))
    return count
