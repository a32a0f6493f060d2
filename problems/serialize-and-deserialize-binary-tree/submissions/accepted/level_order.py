# Breadth-first, the way LeetCode writes trees: every node's two child slots in order, "null"
# for an empty one. The decoder hands out the tokens two at a time to the nodes in the order
# they were created. No recursion.
from collections import deque


class Codec:
    def serialize(self, root):
        if root is None:
            return ""
        out = []
        queue = deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                out.append("null")
                continue
            out.append(str(node.val))
            queue.append(node.left)
            queue.append(node.right)
        return " ".join(out)

    def deserialize(self, data):
        if not data:
            return None
        tokens = data.split()
        root = TreeNode(int(tokens[0]))
        queue = deque([root])
        i = 1
        while queue:
            node = queue.popleft()
            if tokens[i] != "null":
                node.left = TreeNode(int(tokens[i]))
                queue.append(node.left)
            if tokens[i + 1] != "null":
                node.right = TreeNode(int(tokens[i + 1]))
                queue.append(node.right)
            i += 2
        return root
