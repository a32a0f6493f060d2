# Accepted but not the target: the general binary-tree method (parents of every node, then
# p's ancestors in a set and a walk up from q) visits all n nodes, never using the ordering.
def lowest_common_ancestor(root, p, q):
    parent = {root: None}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child:
                parent[child] = node
                stack.append(child)
    ancestors = set()
    while p is not None:
        ancestors.add(p)
        p = parent[p]
    while q not in ancestors:
        q = parent[q]
    return q
