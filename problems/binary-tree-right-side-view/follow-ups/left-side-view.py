from collections import deque


def right_side_view(root):
    # The same level-by-level walk, keeping the first node of each level instead of the last.
    if root is None:
        return []
    view = []
    level = deque([root])
    while level:
        view.append(level[0].val)
        for _ in range(len(level)):
            node = level.popleft()
            if node.left is not None:
                level.append(node.left)
            if node.right is not None:
                level.append(node.right)
    return view
