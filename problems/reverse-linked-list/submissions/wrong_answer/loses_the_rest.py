# Bug: advances `node` after rewiring it, so the walk stops after the first node.
def reverse_list(head):
    prev = None
    node = head
    while node:
        node.next = prev
        prev = node
        node = node.next
    return prev
