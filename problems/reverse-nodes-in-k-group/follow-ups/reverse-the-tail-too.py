def reverse_k_group(head, k):
    result = tail = None
    node = head
    while node:
        group_head = group_tail = node
        prev = None
        for _ in range(k):
            if node is None:
                break
            node.next, prev, node = prev, node, node.next
        group_head = prev
        if result is None:
            result = group_head
        else:
            tail.next = group_head
        tail = group_tail
    return result
