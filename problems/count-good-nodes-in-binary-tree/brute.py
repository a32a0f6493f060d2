def good_nodes(root):
    # The definition: for every node, walk up its whole path to the root and compare.
    # O(n * height), O(n^2) on a chain.
    parent = {root: None}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child] = node
                stack.append(child)

    count = 0
    for node in parent:
        above = []
        up = parent[node]
        while up is not None:
            above.append(up.val)
            up = parent[up]
        if all(v <= node.val for v in above):
            count += 1
    return count
