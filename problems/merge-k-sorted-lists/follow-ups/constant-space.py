def merge_k_lists(lists):
    # Merge neighbours in rounds, in place in `lists` itself: pairs at distance 1, then 2, 4...
    # Every node takes part in log k merges; only a few pointers are extra.
    def merge(a, b):
        if a is None or b is None:
            return a or b
        if b.val < a.val:
            a, b = b, a
        head = tail = a
        a = a.next
        while a is not None and b is not None:
            if a.val <= b.val:
                tail.next, a = a, a.next
            else:
                tail.next, b = b, b.next
            tail = tail.next
        tail.next = a if a is not None else b
        return head

    k = len(lists)
    if k == 0:
        return None
    step = 1
    while step < k:
        for i in range(0, k - step, 2 * step):
            lists[i] = merge(lists[i], lists[i + step])
        step *= 2
    return lists[0]
