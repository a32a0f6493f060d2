# Bug: one maximum shared by the whole walk; a large value in one subtree leaks into the
# subtrees visited after it.
def good_nodes(root):
    best = float("-inf")
    count = 0

    def dfs(node):
        nonlocal best, count
        if node is None:
            return
        if node.val >= best:
            count += 1
            best = node.val
        dfs(node.left)
        dfs(node.right)

    dfs(root)
    return count
