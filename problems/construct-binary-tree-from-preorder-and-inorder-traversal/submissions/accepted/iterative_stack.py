# Iterative: a stack of nodes that may still get a right child; the in-order list says when
# a node's left side is finished. O(n), no recursion.
def build_tree(preorder, inorder):
    root = TreeNode(preorder[0])
    stack, j = [root], 0
    for value in preorder[1:]:
        node = TreeNode(value)
        if stack[-1].val != inorder[j]:
            stack[-1].left = node
        else:
            parent = None
            while stack and stack[-1].val == inorder[j]:
                parent = stack.pop()
                j += 1
            parent.right = node
        stack.append(node)
    return root
