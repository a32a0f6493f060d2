def reverse_k_group(head, k):
    values = []
    while head:
        values.append(head.val)
        head = head.next
    out = []
    for i in range(0, len(values), k):
        out += values[i:i + k][::-1]
    dummy = tail = ListNode()
    for v in out:
        tail.next = ListNode(v)
        tail = tail.next
    return dummy.next
