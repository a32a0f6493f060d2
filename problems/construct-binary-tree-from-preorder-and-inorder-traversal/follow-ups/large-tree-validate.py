def validate(input):
    preorder, inorder = input["preorder"], input["inorder"]
    n = len(preorder)
    assert 1 <= n <= 10**5, f"{n} values, outside 1..10^5"
    assert len(inorder) == n, "preorder and inorder differ in length"
    assert all(-10**5 <= v <= 10**5 for v in preorder), "a value is outside -10^5..10^5"
    assert len(set(preorder)) == n, "values repeat"
    assert set(preorder) == set(inorder), "preorder and inorder hold different values"
    where = {v: i for i, v in enumerate(inorder)}
    stack = [(0, 0, n)]
    while stack:
        a, b, size = stack.pop()
        if size == 0:
            continue
        mid = where[preorder[a]]
        assert b <= mid < b + size, "the two lists are not traversals of one tree"
        left = mid - b
        stack.append((a + 1, b, left))
        stack.append((a + 1 + left, mid + 1, size - 1 - left))
