# Bug: reverses the values on each level but keeps the shape; right only for perfect trees.
def invert_tree(root):
    if root is None:
        return None
    level = [root]
    while level:
        values = [node.val for node in level][::-1]
        for node, value in zip(level, values):
            node.val = value
        level = [c for node in level for c in (node.left, node.right) if c]
    return root
