# Pre-order strings with a marker before every value and for every missing child, then a
# substring search: linear, and no recursion.
def is_subtree(root, subRoot):
    def serialise(tree):
        parts, stack = [], [tree]
        while stack:
            node = stack.pop()
            if node is None:
                parts.append("#")
            else:
                parts.append("^" + str(node.val))
                stack.append(node.right)
                stack.append(node.left)
        return ",".join(parts)

    return serialise(subRoot) in serialise(root)
