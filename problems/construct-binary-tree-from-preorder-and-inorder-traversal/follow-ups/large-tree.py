def build_tree(preorder, inorder):
    # No recursion. Walk the pre-order keeping a stack of the nodes still waiting for a right
    # child, the path from the root down to the last node created. While the top of the stack
    # is not the next value due in-order, the next pre-order value is its left child; once it
    # is, pop every node the in-order has reached: the next value is the right child of the
    # last one popped. Each node is pushed and popped once: O(n).
    root = TreeNode(preorder[0])
    stack = [root]
    j = 0  # the next in-order position not yet popped
    for value in preorder[1:]:
        node = TreeNode(value)
        parent = stack[-1]
        if parent.val != inorder[j]:
            parent.left = node
        else:
            while stack and stack[-1].val == inorder[j]:
                parent = stack.pop()
                j += 1
            parent.right = node
        stack.append(node)
    return root
