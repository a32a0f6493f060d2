# class: O(n^2)
# problem: reverse-linked-list
# note: walks to the tail on every step to move it to the new list
def reverse_list(head):
    if head is None:
        return None
    new_head = tail = None
    while head is not None:
        if head.next is None:
            node, head = head, None
        else:
            before = head
            while before.next.next is not None:
                before = before.next
            node = before.next
            before.next = None
        if new_head is None:
            new_head = tail = node
        else:
            tail.next = node
            tail = node
    return new_head
