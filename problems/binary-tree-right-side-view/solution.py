from collections import deque


def right_side_view(root):
    # Breadth-first, one level at a time: the last node of each level is the one seen.
    if root is None:
        return []
    view = []
    level = deque([root])
    while level:
        view.append(level[-1].val)
        for _ in range(len(level)):
            node = level.popleft()
            if node.left is not None:
                level.append(node.left)
            if node.right is not None:
                level.append(node.right)
    return view
