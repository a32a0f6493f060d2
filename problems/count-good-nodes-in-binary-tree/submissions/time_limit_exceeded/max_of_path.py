# Correct, but it keeps the path in a list and scans all of it at every node: O(depth) per
# node, O(n^2) on a chain.
def good_nodes(root):
    path = []

    def dfs(node):
        if node is None:
            return 0
        good = 1 if not path or node.val >= max(path) else 0
        path.append(node.val)
        total = good + dfs(node.left) + dfs(node.right)
        path.pop()
        return total

    return dfs(root)
