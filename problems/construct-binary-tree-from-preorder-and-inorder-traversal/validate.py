def check_traversals(preorder, inorder, n_max, bound):
    n = len(preorder)
    assert 1 <= n <= n_max, f"{n} values, outside 1..{n_max}"
    assert len(inorder) == n, "preorder and inorder differ in length"
    assert all(-bound <= v <= bound for v in preorder), f"a value is outside -{bound}..{bound}"
    assert len(set(preorder)) == n, "values repeat"
    assert set(preorder) == set(inorder), "preorder and inorder hold different values"
    # Split the lists as the tree would, without recursion: each pre-order segment's first
    # value must fall inside the matching in-order segment.
    where = {v: i for i, v in enumerate(inorder)}
    stack = [(0, 0, n)]  # pre-order start, in-order start, size
    while stack:
        a, b, size = stack.pop()
        if size == 0:
            continue
        mid = where[preorder[a]]
        assert b <= mid < b + size, "the two lists are not traversals of one tree"
        left = mid - b
        stack.append((a + 1, b, left))
        stack.append((a + 1 + left, mid + 1, size - 1 - left))


def validate(input):
    check_traversals(input["preorder"], input["inorder"], 3000, 3000)
