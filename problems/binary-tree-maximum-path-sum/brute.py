def max_path_sum(root):
    # Try every node as the highest node of the path: the path adds to it the best downward
    # path into each child's subtree (possibly none), each found by walking every downward
    # path of that subtree. O(n * subtree size): O(n^2) on a chain.
    def best_down(start):
        best = 0
        stack = [(start, 0)] if start is not None else []
        while stack:
            node, total = stack.pop()
            total += node.val
            best = max(best, total)
            for child in (node.left, node.right):
                if child is not None:
                    stack.append((child, total))
        return best

    nodes, stack = [], [root]
    while stack:
        node = stack.pop()
        nodes.append(node)
        stack.extend(c for c in (node.left, node.right) if c is not None)
    return max(n.val + best_down(n.left) + best_down(n.right) for n in nodes)
