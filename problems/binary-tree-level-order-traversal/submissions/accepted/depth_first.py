def level_order(root):
    levels, stack = [], [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if node is None:
            continue
        if depth == len(levels):
            levels.append([])
        levels[depth].append(node.val)
        stack.append((node.right, depth + 1))
        stack.append((node.left, depth + 1))
    return levels
