# Two passes: count the nodes, then stop just before position length - n.
def remove_nth_from_end(head, n):
    length = 0
    node = head
    while node:
        length += 1
        node = node.next
    if n == length:
        return head.next
    node = head
    for _ in range(length - n - 1):
        node = node.next
    node.next = node.next.next
    return head
