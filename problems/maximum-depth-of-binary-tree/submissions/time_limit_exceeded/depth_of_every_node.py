# Correct but quadratic on deep trees: recomputes each node's depth by searching from the root.
def max_depth(root):
    if root is None:
        return 0
    nodes = []
    stack = [root]
    while stack:
        node = stack.pop()
        nodes.append(node)
        stack.extend(c for c in (node.left, node.right) if c)

    def depth_of(target):
        frontier, d = [root], 1
        while frontier:
            if any(n is target for n in frontier):
                return d
            frontier = [c for n in frontier for c in (n.left, n.right) if c]
            d += 1

    return max(depth_of(n) for n in nodes)
