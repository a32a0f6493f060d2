# Bug: compares each node with its parent only, not with the whole path above it.
def good_nodes(root):
    count = 1
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child:
                if child.val >= node.val:
                    count += 1
                stack.append(child)
    return count
