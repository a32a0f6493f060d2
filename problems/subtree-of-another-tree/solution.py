def is_subtree(root, subRoot):
    # Number every distinct subtree: two subtrees are equal exactly when they have the same
    # root value and equal left and right subtrees, so (value, left number, right number)
    # identifies a subtree, and a dict hands out one number per distinct triple. The numbering
    # is shared by both trees: subRoot occurs in root when its number is one of root's.
    numbers = {}

    def number_all(tree):
        number = {None: 0}
        stack = [(tree, False)]
        while stack:
            node, children_done = stack.pop()
            if node is None:
                continue
            if children_done:
                key = (node.val, number[node.left], number[node.right])
                number[node] = numbers.setdefault(key, len(numbers) + 1)
            else:
                stack.append((node, True))
                stack.append((node.left, False))
                stack.append((node.right, False))
        return number

    wanted = number_all(subRoot)[subRoot]
    return wanted in number_all(root).values()
