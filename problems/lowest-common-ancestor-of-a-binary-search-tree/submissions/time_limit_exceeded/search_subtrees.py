# Correct, but ignores the ordering: at every step it searches a whole subtree for both
# nodes to decide where to go, O(n) per level, O(n^2) on a chain.
def lowest_common_ancestor(root, p, q):
    def contains(node, target):
        stack = [node]
        while stack:
            n = stack.pop()
            if n:
                if n is target:
                    return True
                stack.append(n.left)
                stack.append(n.right)
        return False

    node = root
    while True:
        if contains(node.left, p) and contains(node.left, q):
            node = node.left
        elif contains(node.right, p) and contains(node.right, q):
            node = node.right
        else:
            return node
