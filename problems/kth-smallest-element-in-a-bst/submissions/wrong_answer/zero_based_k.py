# Bug: treats k as a 0-based index into the sorted values, so it returns the (k + 1)-th
# smallest.
def kth_smallest(root, k):
    values = []

    def walk(node):
        if node:
            walk(node.left)
            values.append(node.val)
            walk(node.right)

    walk(root)
    return values[k]
