# Bug: writes only the values in pre-order, with no marker for missing children, and rebuilds
# the shape as if the tree were a binary search tree (each value goes left of a smaller-or-equal
# ancestor's bound). That is right for search trees only: for any other tree the values alone do
# not say where each node hangs.
class Codec:
    def serialize(self, root):
        out, stack = [], [root]
        while stack:
            node = stack.pop()
            if node:
                out.append(str(node.val))
                stack.append(node.right)
                stack.append(node.left)
        return ",".join(out)

    def deserialize(self, data):
        values = [int(v) for v in data.split(",")] if data else []
        self.i = 0

        def build(low, high):
            if self.i == len(values) or not low <= values[self.i] <= high:
                return None
            node = TreeNode(values[self.i])
            self.i += 1
            node.left = build(low, node.val)
            node.right = build(node.val, high)
            return node

        return build(float("-inf"), float("inf"))
