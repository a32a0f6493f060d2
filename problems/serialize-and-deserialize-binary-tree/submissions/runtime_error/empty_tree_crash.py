# Bug: writes an empty tree as "" and then reads the first token as a number without checking,
# so decoding the empty tree raises ValueError.
from collections import deque


class Codec:
    def serialize(self, root):
        out, queue = [], deque([root] if root else [])
        while queue:
            node = queue.popleft()
            out.append(str(node.val) if node else "x")
            if node:
                queue.append(node.left)
                queue.append(node.right)
        return ",".join(out)

    def deserialize(self, data):
        tokens = data.split(",")
        root = TreeNode(int(tokens[0]))
        queue, i = deque([root]), 1
        while queue:
            node = queue.popleft()
            for side in ("left", "right"):
                if tokens[i] != "x":
                    child = TreeNode(int(tokens[i]))
                    setattr(node, side, child)
                    queue.append(child)
                i += 1
        return root
