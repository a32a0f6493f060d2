# The classic short version: search the root in the in-order list and recurse on slices.
# O(n^2) on a chain, but the searching and copying run in C, and at n <= 3000 it fits the
# limit comfortably (accepted here; the large-tree follow-up rules it out).
class Solution:
    def buildTree(self, preorder, inorder):
        if not preorder:
            return None
        root = TreeNode(preorder[0])
        i = inorder.index(preorder[0])
        root.left = self.buildTree(preorder[1:i + 1], inorder[:i])
        root.right = self.buildTree(preorder[i + 1:], inorder[i + 1:])
        return root
