# Correct, but every candidate node rebuilds its pre-order list by concatenation, which
# copies each level again: with many nodes carrying subRoot's root value it takes seconds.
class Solution:
    def isSubtree(self, root, subRoot):
        def preorder(node):
            if node is None:
                return [None]
            return [node.val] + preorder(node.left) + preorder(node.right)

        target = preorder(subRoot)
        stack = [root]
        while stack:
            node = stack.pop()
            if node:
                if node.val == subRoot.val and preorder(node) == target:
                    return True
                stack.append(node.left)
                stack.append(node.right)
        return False
