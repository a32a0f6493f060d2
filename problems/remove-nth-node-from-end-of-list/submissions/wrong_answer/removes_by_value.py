# Bug: finds the right value, then removes the first node holding that value, which is the
# wrong node when an earlier node has the same value.
def remove_nth_from_end(head, n):
    values = []
    node = head
    while node:
        values.append(node.val)
        node = node.next
    target = values[len(values) - n]
    if head.val == target:
        return head.next
    node = head
    while node.next.val != target:
        node = node.next
    node.next = node.next.next
    return head
