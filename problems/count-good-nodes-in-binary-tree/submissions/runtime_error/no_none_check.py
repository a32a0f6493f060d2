# Bug: recurses into missing children and reads their value.
def good_nodes(root):
    def dfs(node, highest):
        good = 1 if node.val >= highest else 0
        highest = max(highest, node.val)
        if node.left is None and node.right is None:
            return good
        return good + dfs(node.left, highest) + dfs(node.right, highest)

    return dfs(root, root.val)
