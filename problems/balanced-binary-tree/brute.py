def is_balanced(root):
    # Straight from the definition: for every node, measure the heights of its two subtrees
    # from scratch and compare them. Every node is checked (no early exit), so a chain costs
    # n + (n - 1) + ... + 1 steps.
    def height(node):
        levels, level = 0, [node] if node else []
        while level:
            levels += 1
            level = [c for n in level for c in (n.left, n.right) if c]
        return levels

    nodes, stack = [], [root] if root else []
    while stack:
        node = stack.pop()
        nodes.append(node)
        stack.extend(c for c in (node.left, node.right) if c)
    balanced_at = [abs(height(node.left) - height(node.right)) <= 1 for node in nodes]
    return all(balanced_at)
