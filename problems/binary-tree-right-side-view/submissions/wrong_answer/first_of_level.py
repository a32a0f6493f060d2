# Bug: takes the first node of each level (the view from the left).
from collections import deque


def right_side_view(root):
    if not root:
        return []
    view, queue = [], deque([root])
    while queue:
        view.append(queue[0].val)
        for _ in range(len(queue)):
            node = queue.popleft()
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
    return view
