# Bug: starts from head.next without checking for an empty list.
def reverse_list(head):
    prev, node = head, head.next
    head.next = None
    while node:
        node.next, prev, node = prev, node, node.next
    return prev
