def level_order(root):
    def at_depth(target):
        out, stack = [], [(root, 0)]
        while stack:
            node, d = stack.pop()
            if node is None or d > target:
                continue
            if d == target:
                out.append(node.val)
                continue
            stack.append((node.right, d + 1))
            stack.append((node.left, d + 1))
        return out

    levels, d = [], 0
    while True:
        level = at_depth(d)
        if not level:
            return levels
        levels.append(level)
        d += 1
