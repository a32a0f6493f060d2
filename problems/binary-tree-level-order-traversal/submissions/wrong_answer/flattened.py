def level_order(root):
    out, queue = [], [root] if root else []
    while queue:
        node = queue.pop(0)
        out.append([node.val])
        queue += [c for c in (node.left, node.right) if c]
    return out
