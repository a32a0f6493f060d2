def is_same_tree(p, q):
    # Write each tree out level by level, with a marker for every missing child, and compare
    # the two lists: equal lists mean equal shapes and equal values.
    def level_order(root):
        out, level = [], [root]
        while level:
            out.extend(None if node is None else node.val for node in level)
            level = [child for node in level if node is not None for child in (node.left, node.right)]
        return out

    return level_order(p) == level_order(q)
