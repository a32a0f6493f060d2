# class: O(n^2)
# problem: binary-tree-level-order-traversal
# note: a full depth-first traversal for every depth until one finds nothing: n times the height; the problem measures on deep chains (measure_kind "chain"), n high, so about n^2/2 visits (on random shapes, Θ(log n) high, it would be O(n log n))
def level_order(root):
    out = []
    depth = 0
    while True:
        level = []
        stack = [(root, 0)] if root else []
        while stack:
            node, d = stack.pop()
            if d == depth:
                level.append(node.val)
                continue
            if node.right:
                stack.append((node.right, d + 1))
            if node.left:
                stack.append((node.left, d + 1))
        if not level:
            return out
        out.append(level)
        depth += 1
