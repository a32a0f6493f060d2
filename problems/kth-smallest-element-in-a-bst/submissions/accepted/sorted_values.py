# Collect the values in-order with an explicit stack (already sorted), then index: O(n).
def kth_smallest(root, k):
    values, stack, node = [], [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        values.append(node.val)
        node = node.right
    return values[k - 1]
