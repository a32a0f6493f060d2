# class: O(n)
# problem: validate-binary-search-tree
# note: in-order values compared with sorted() of themselves and checked distinct; timsort on an already sorted list (valid trees, the default here) is one linear pass
def is_valid_bst(root):
    values, stack, node = [], [], root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        values.append(node.val)
        node = node.right
    return values == sorted(values) and len(set(values)) == len(values)
