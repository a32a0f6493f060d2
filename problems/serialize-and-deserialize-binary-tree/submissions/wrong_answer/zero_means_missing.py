# Bug: decides whether a token is a node by the truth of its parsed value, so a node holding 0
# is read as a missing child; the rest of the tokens are then read one subtree out of step.
class Codec:
    def serialize(self, root):
        out = []

        def walk(node):
            if not node:
                out.append("#")
                return
            out.append(str(node.val))
            walk(node.left)
            walk(node.right)

        walk(root)
        return ",".join(out)

    def deserialize(self, data):
        tokens = iter(data.split(","))

        def build():
            token = next(tokens)
            value = None if token == "#" else int(token)
            if not value:
                return None
            node = TreeNode(value)
            node.left = build()
            node.right = build()
            return node

        return build()
