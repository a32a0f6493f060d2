class Codec:
    # Straight from the recursive definition: an empty tree is "#", any other tree is its
    # value, then its left subtree's tokens, then its right subtree's.
    #
    # Encoding builds every subtree's token list and copies it into its parent's: O(n * depth).
    # Decoding splits the tokens the same way: the first is the root, then the left subtree
    # runs up to the point where it has one "#" more than it has values, and the rest is the
    # right subtree. Finding that point by counting walks the whole left subtree at every
    # node: O(n * depth) again, O(n^2) on a chain that leans left.

    def serialize(self, root):
        def tokens(node):
            if node is None:
                return ["#"]
            return [str(node.val)] + tokens(node.left) + tokens(node.right)

        return ",".join(tokens(root))

    def deserialize(self, data):
        tokens = data.split(",")

        def subtree_end(start):
            # The index just past the subtree whose tokens begin at `start`.
            open_slots, i = 1, start
            while open_slots:
                open_slots += -1 if tokens[i] == "#" else 1
                i += 1
            return i

        def build(start):
            # The tree written in tokens[start:subtree_end(start)].
            if tokens[start] == "#":
                return None
            node = TreeNode(int(tokens[start]))
            right_start = subtree_end(start + 1)
            node.left = build(start + 1)
            node.right = build(right_start)
            return node

        return build(0)
