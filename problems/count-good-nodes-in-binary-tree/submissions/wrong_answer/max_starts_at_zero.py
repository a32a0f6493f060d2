# Bug: the running maximum starts at 0, so negative nodes are never good, not even the root.
def good_nodes(root):
    count = 0
    stack = [(root, 0)]
    while stack:
        node, highest = stack.pop()
        if node.val >= highest:
            count += 1
        highest = max(highest, node.val)
        if node.left:
            stack.append((node.left, highest))
        if node.right:
            stack.append((node.right, highest))
    return count
