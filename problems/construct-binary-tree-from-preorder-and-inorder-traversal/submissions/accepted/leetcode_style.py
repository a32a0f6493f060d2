# LeetCode-style: in-order index map and a pre-order pointer kept on self; the recursion is
# as deep as the tree (3000 on a chain), within the limit the judge raises.
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        index = {val: i for i, val in enumerate(inorder)}
        self.next_root = 0

        def helper(left, right):
            if left > right:
                return None
            val = preorder[self.next_root]
            self.next_root += 1
            node = TreeNode(val)
            node.left = helper(left, index[val] - 1)
            node.right = helper(index[val] + 1, right)
            return node

        return helper(0, len(inorder) - 1)
