# Correct, but reads each token by splitting the whole remaining string and joining the rest
# back together: every token costs O(length of what is left), O(n^2) for the whole decode.
class Codec:
    def serialize(self, root):
        out = []

        def walk(node):
            if node is None:
                out.append("N")
                return
            out.append(str(node.val))
            walk(node.left)
            walk(node.right)

        walk(root)
        return ",".join(out)

    def deserialize(self, data):
        self.data = data
        return self.build()

    def next_token(self):
        first, *rest = self.data.split(",")
        self.data = ",".join(rest)
        return first

    def build(self):
        first = self.next_token()
        if first == "N":
            return None
        node = TreeNode(int(first))
        node.left = self.build()
        node.right = self.build()
        return node
