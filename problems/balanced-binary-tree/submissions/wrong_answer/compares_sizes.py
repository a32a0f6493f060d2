# Bug: compares the number of nodes on each side instead of the heights.
def is_balanced(root):
    def size(node):
        if node is None:
            return 0, True
        left, left_ok = size(node.left)
        right, right_ok = size(node.right)
        return 1 + left + right, left_ok and right_ok and abs(left - right) <= 1

    return size(root)[1]
