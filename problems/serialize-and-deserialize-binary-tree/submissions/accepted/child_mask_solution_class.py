# A `Solution` class (accepted like `Codec`). No null markers: each node in pre-order is
# written as its value and a digit saying which children it has (0 none, 1 left, 2 right,
# 3 both), e.g. "5/3 -2/0 7/1 4/0". The decoder keeps the nodes still waiting for children
# on a stack.
class Solution:
    def serialize(self, root):
        parts, stack = [], [root] if root else []
        while stack:
            node = stack.pop()
            mask = (1 if node.left else 0) | (2 if node.right else 0)
            parts.append(f"{node.val}/{mask}")
            if node.right:
                stack.append(node.right)
            if node.left:
                stack.append(node.left)
        return " ".join(parts)

    def deserialize(self, data):
        root = None
        # Each entry: a node and the sides (0 left, 1 right) still to fill, nearest last.
        waiting = []
        for part in data.split():
            value, mask = part.split("/")
            node = TreeNode(int(value))
            if waiting:
                parent, sides = waiting[-1]
                side = sides.pop()
                if side == 0:
                    parent.left = node
                else:
                    parent.right = node
                if not sides:
                    waiting.pop()
            else:
                root = node
            mask = int(mask)
            sides = [s for s in (1, 0) if mask >> s & 1]
            if sides:
                waiting.append((node, sides))
        return root
