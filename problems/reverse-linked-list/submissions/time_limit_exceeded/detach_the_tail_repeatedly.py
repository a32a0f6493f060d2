# Correct but quadratic: walks to the end of the remaining list to detach its last node,
# once per node.
def reverse_list(head):
    new_head = tail = None
    while head is not None:
        prev, node = None, head
        while node.next is not None:
            prev, node = node, node.next
        if prev is None:
            head = None
        else:
            prev.next = None
        if new_head is None:
            new_head = tail = node
        else:
            tail.next = node
            tail = node
    return new_head
