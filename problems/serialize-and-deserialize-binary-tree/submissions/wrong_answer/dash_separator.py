# Bug: separates the tokens with "-", which is also the minus sign. Splitting "3--5-#-#" gives
# an empty token where a minus was; dropping the empty tokens keeps the shape but turns every
# negative value positive.
class Codec:
    def serialize(self, root):
        out = []

        def walk(node):
            if node is None:
                out.append("#")
                return
            out.append(str(node.val))
            walk(node.left)
            walk(node.right)

        walk(root)
        return "-".join(out)

    def deserialize(self, data):
        tokens = iter([t for t in data.split("-") if t])

        def build():
            token = next(tokens)
            if token == "#":
                return None
            node = TreeNode(int(token))
            node.left = build()
            node.right = build()
            return node

        return build()
