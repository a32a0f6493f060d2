# expect: wrong_answer
# message: the returned linked list has a cycle
def reverse_list(head):
    # Reverses, then links the old head (the new tail) back to the new head: a cycle.
    prev, node = None, head
    while node:
        node.next, prev, node = prev, node, node.next
    if head is not None and head is not prev:
        head.next = prev
    return prev
