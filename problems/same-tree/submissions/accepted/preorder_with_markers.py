# Serialises both trees in pre-order with a marker for every missing child, then compares.
def is_same_tree(p, q):
    def serialise(root):
        out, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("#")
            else:
                out.append(str(node.val))
                stack.append(node.right)
                stack.append(node.left)
        return ",".join(out)

    return serialise(p) == serialise(q)
