# Bug: forgets the empty tree, reading the value of a None root.
def right_side_view(root):
    view, level = [], [root]
    while level:
        view.append(level[-1].val)
        level = [child for node in level for child in (node.left, node.right) if child]
    return view
