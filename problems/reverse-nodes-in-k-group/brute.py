def reverse_k_group(head, k):
    def nth(i):
        node = head
        for _ in range(i):
            node = node.next
        return node

    n, node = 0, head
    while node:
        n, node = n + 1, node.next
    # Swap the values pairwise from both ends of each group, finding each node from the head.
    for start in range(0, n - n % k, k):
        for i in range(k // 2):
            a, b = nth(start + i), nth(start + k - 1 - i)
            a.val, b.val = b.val, a.val
    return head
