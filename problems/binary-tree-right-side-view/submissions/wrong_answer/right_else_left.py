# Bug: walks one path, going right when it can and left otherwise; a deeper level under a
# different branch is never reached.
class Solution:
    def rightSideView(self, root):
        view = []
        while root:
            view.append(root.val)
            root = root.right if root.right else root.left
        return view
