# class: O(n^2)
# problem: validate-binary-search-tree
# note: for every node, traverses its left and right subtrees for their max and min; the cost is the sum of subtree sizes, the sum of depths: about n^2/2 on the deep chains the problem measures on (measure_kind "chain"), about 2n ln n on random shapes
def is_valid_bst(root):
    def values(node):
        out, stack = [], [node] if node else []
        while stack:
            cur = stack.pop()
            out.append(cur.val)
            if cur.left:
                stack.append(cur.left)
            if cur.right:
                stack.append(cur.right)
        return out

    stack = [root] if root else []
    while stack:
        node = stack.pop()
        if node.left and max(values(node.left)) >= node.val:
            return False
        if node.right and min(values(node.right)) <= node.val:
            return False
        if node.left:
            stack.append(node.left)
        if node.right:
            stack.append(node.right)
    return True
