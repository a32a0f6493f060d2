# class: O(n log n)
# problem: maximum-depth-of-binary-tree
# note: walks from every node up to the root through a parent map; the random shapes here are random-BST shapes, so depths sum to about 2n ln n
def max_depth(root):
    if root is None:
        return 0
    parent = {id(root): None}
    nodes = [root]
    for node in nodes:
        for child in (node.left, node.right):
            if child is not None:
                parent[id(child)] = node
                nodes.append(child)
    best = 0
    for node in nodes:
        d = 0
        while node is not None:
            d += 1
            node = parent[id(node)]
        best = max(best, d)
    return best
