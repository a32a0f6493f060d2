# LeetCode-style: DFS visiting the right child first; the first node met at each depth is the
# one seen from the right.
class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        view = []

        def visit(node, depth):
            if node is None:
                return
            if depth == len(view):
                view.append(node.val)
            visit(node.right, depth + 1)
            visit(node.left, depth + 1)

        visit(root, 0)
        return view
