# Morris in-order traversal: O(1) extra space. Each node's in-order predecessor temporarily
# points back to it; every thread is removed again, so the walk runs to the end.
def kth_smallest(root, k):
    answer, seen, node = None, 0, root
    while node:
        if node.left is None:
            seen += 1
            if seen == k:
                answer = node.val
            node = node.right
            continue
        pred = node.left
        while pred.right is not None and pred.right is not node:
            pred = pred.right
        if pred.right is None:
            pred.right = node
            node = node.left
        else:
            pred.right = None
            seen += 1
            if seen == k:
                answer = node.val
            node = node.right
    return answer
