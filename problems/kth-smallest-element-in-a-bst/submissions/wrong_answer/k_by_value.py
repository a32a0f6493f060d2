# Bug: k is passed down by value, so the nodes counted inside a left subtree are forgotten
# when the walk comes back up to the parent.
class Solution:
    def kthSmallest(self, root, k):
        def walk(node, k):
            if node is None:
                return None
            found = walk(node.left, k)
            if found is not None:
                return found
            k -= 1
            if k == 0:
                return node.val
            return walk(node.right, k)

        return walk(root, k)
