def has_cycle(head):
    # Floyd: a fast pointer gains one step per round on a slow one, and meets it inside a cycle.
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return True
    return False
