# class: O(n)
# problem: lowest-common-ancestor
# note: Euler tour with depths (2n - 1 entries); the shallowest entry between the first visits of p and q
def lowest_common_ancestor(root, p, q):
    tour = []
    stack = [(root, 0, False)]
    while stack:
        node, depth, done = stack.pop()
        tour.append((depth, id(node), node))
        if done:
            continue
        for child in (node.right, node.left):
            if child is not None:
                stack.append((node, depth, True))
                stack.append((child, depth + 1, False))
    nodes = [n for _, _, n in tour]
    i, j = nodes.index(p), nodes.index(q)
    if i > j:
        i, j = j, i
    return min(tour[i:j + 1], key=lambda t: t[0])[2]
