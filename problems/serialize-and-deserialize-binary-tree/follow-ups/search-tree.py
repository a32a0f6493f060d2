class Codec:
    # A binary search tree with distinct values is fixed by its pre-order list of values alone:
    # the root comes first, then the smaller values (its left subtree), then the larger ones.
    # So the string is just the values, with no marker for missing children.

    def serialize(self, root):
        values, stack = [], [root] if root else []
        while stack:
            node = stack.pop()
            values.append(str(node.val))
            if node.right:
                stack.append(node.right)
            if node.left:
                stack.append(node.left)
        return ",".join(values)

    def deserialize(self, data):
        # `path` holds the nodes whose right child may still come, the deepest on top. A value
        # smaller than the top is its left child; otherwise it is the right child of the last
        # (smallest) node popped among those smaller than it. O(n): each node is pushed and
        # popped at most once.
        if not data:
            return None
        values = [int(v) for v in data.split(",")]
        root = TreeNode(values[0])
        path = [root]
        for value in values[1:]:
            node = TreeNode(value)
            if value < path[-1].val:
                path[-1].left = node
            else:
                parent = path.pop()
                while path and path[-1].val < value:
                    parent = path.pop()
                parent.right = node
            path.append(node)
        return root
