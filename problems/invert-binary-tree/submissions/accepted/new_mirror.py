# Builds a separate mirrored copy and leaves the input alone.
class Solution:
    def invertTree(self, root):
        def mirror(node):
            if not node:
                return None
            return TreeNode(node.val, mirror(node.right), mirror(node.left))

        return mirror(root)
