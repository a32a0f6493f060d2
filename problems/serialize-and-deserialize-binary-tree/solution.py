class Codec:
    # Pre-order with "#" for every missing child, values and markers separated by commas:
    # "1,2,#,#,3,#,#". The markers pin down the shape, so the string describes exactly one
    # tree. Both directions use an explicit stack instead of recursion, so a chain 10^4 deep
    # costs no more than a balanced tree. O(n) time and space each way.

    def serialize(self, root):
        parts = []
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                parts.append("#")
            else:
                parts.append(str(node.val))
                # The left subtree is written first, so it goes on the stack last.
                stack.append(node.right)
                stack.append(node.left)
        return ",".join(parts)

    def deserialize(self, data):
        # Each token fills the next empty child slot in pre-order. The stack holds the slots
        # still to fill, the next one on top: a new node opens its own two slots, left on top.
        holder = TreeNode(0)
        slots = [(holder, 0)]
        for token in data.split(","):
            parent, side = slots.pop()
            if token == "#":
                continue
            node = TreeNode(int(token))
            if side == 0:
                parent.left = node
            else:
                parent.right = node
            slots.append((node, 1))
            slots.append((node, 0))
        return holder.left
