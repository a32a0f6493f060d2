# Bug: follows right children only, missing the levels seen through the left subtree.
def right_side_view(root):
    view = []
    node = root
    while node:
        view.append(node.val)
        node = node.right
    return view
