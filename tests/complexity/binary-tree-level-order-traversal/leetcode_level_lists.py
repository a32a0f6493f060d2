# class: O(n)
# problem: binary-tree-level-order-traversal
# note: LeetCode style: builds each next level as a list
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        out = []
        level = [root] if root else []
        while level:
            out.append([node.val for node in level])
            level = [c for node in level for c in (node.left, node.right) if c]
        return out
